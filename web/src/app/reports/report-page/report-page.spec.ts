import { HttpHeaders, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { brusselsDate } from '@ws/domain';
import {
  button,
  byRole,
  choose,
  columnHeaders,
  field,
  heading,
  tableRows,
  textOf,
  typeInto,
} from '../../../testing/dom';
import { VIEWER, loginAs } from '../../../testing/reference-fixtures';
import { Session } from '../../core/auth/session';
import { presetPeriod } from '../report-periods';
import { ReportPage } from './report-page';
import { provideTestTranslations } from '../../../testing/i18n';

const MARKDOWN = [
  '# 4 Motors 4 Industry of the Future — progress report',
  '',
  '- **Period:** 2026-10-01 to 2026-10-31',
  '',
  '## Summary',
  '',
  '| Figure | Value |',
  '| --- | ---: |',
  '| Actions | 36 |',
  '| <b>Clúster</b> \\| x | 2 |',
  '',
].join('\n');

describe('ReportPage', () => {
  let fixture: ComponentFixture<ReportPage>;
  let http: HttpTestingController;
  let view: HTMLElement;
  const lastMonth = presetPeriod('last-month', brusselsDate(new Date()));
  const lastQuarter = presetPeriod('last-quarter', brusselsDate(new Date()));

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start(loginAs(VIEWER));
    fixture = TestBed.createComponent(ReportPage);
    view = fixture.nativeElement;
    await rendered();
  });

  afterEach(() => http.verify());

  async function rendered(): Promise<void> {
    for (let tick = 0; tick < 4; tick++) {
      fixture.detectChanges();
      await new Promise((resolve) => setTimeout(resolve));
    }
  }

  const reportRequest = (format: string) =>
    http.expectOne(
      (r) =>
        r.url === '/api/reports/progress' && r.params.get('format') === format,
    );
  const periodOf = (request: TestRequest) => ({
    from: request.request.params.get('from'),
    to: request.request.params.get('to'),
  });

  it('previews last month’s report by default, markup kept as text', async () => {
    const request = reportRequest('md');
    expect(periodOf(request)).toEqual(lastMonth);
    request.flush(MARKDOWN);
    await rendered();

    expect(field(view, 'From').value).toBe(lastMonth.from);
    expect(field(view, 'To (included)').value).toBe(lastMonth.to);
    heading(view, '4 Motors 4 Industry of the Future — progress report');
    heading(view, 'Summary');
    const table = view.querySelector('.preview table') as HTMLElement;
    expect(columnHeaders(table)).toEqual(['Figure', 'Value']);
    expect(tableRows(table)).toEqual([
      ['Actions', '36'],
      ['<b>Clúster</b> | x', '2'],
    ]);
    expect(table.querySelector('b')).toBeNull();
  });

  it('reports on last quarter when chosen', async () => {
    reportRequest('md').flush(MARKDOWN);
    field(view, 'Last quarter').click();
    await rendered();
    expect(periodOf(reportRequest('md'))).toEqual(lastQuarter);
    expect(field(view, 'From').value).toBe(lastQuarter.from);
  });

  it('explains a reversed period and asks nothing of the server', async () => {
    reportRequest('md').flush(MARKDOWN);
    typeInto(field(view, 'From'), '2026-11-30');
    typeInto(field(view, 'To (included)'), '2026-10-01');
    await rendered();
    expect(textOf(view.querySelector('#report-to-error'))).toBe(
      'The last day cannot be before the first.',
    );
    expect(field(view, 'Custom dates').checked).toBe(true);
    expect(button(view, 'Download').disabled).toBe(true);
    http.expectNone('/api/reports/progress');
  });

  it('downloads the chosen format under the server’s file name', async () => {
    reportRequest('md').flush(MARKDOWN);
    const createObjectURL = jest.fn(() => 'blob:report');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function (this: HTMLAnchorElement) {
        clicked.push(this);
      });

    choose(field<HTMLSelectElement>(view, 'Format'), 'Excel workbook (XLSX)');
    button(view, 'Download').click();
    await rendered();
    expect(button(view, 'Generating…').disabled).toBe(true);
    expect(textOf(byRole(view, 'status')[0])).toBe(
      'Generating the Excel workbook (XLSX) report…',
    );

    const request = reportRequest('xlsx');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['PK']), {
      headers: new HttpHeaders({
        'Content-Disposition':
          'attachment; filename="4m4iof-progress-2026-10-01_2026-10-31.xlsx"',
      }),
    });
    await rendered();

    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe(
      '4m4iof-progress-2026-10-01_2026-10-31.xlsx',
    );
    expect(clicked[0].href).toBe('blob:report');
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:report');
    expect(textOf(view.querySelector('.form-success'))).toBe(
      'Downloaded 4m4iof-progress-2026-10-01_2026-10-31.xlsx.',
    );
  });

  it('shows why the server refused to generate the report', async () => {
    reportRequest('md').flush(MARKDOWN);
    button(view, 'Download').click();
    await rendered();
    reportRequest('pdf').flush(
      new Blob([
        JSON.stringify({
          statusCode: 400,
          message: 'Invalid request — to: to must not be before from',
        }),
      ]),
      { status: 400, statusText: 'Bad Request' },
    );
    await rendered();
    await rendered();
    expect(textOf(byRole(view, 'alert')[0])).toBe(
      'The report could not be generated: Invalid request — to: to must not be before from',
    );
    expect(button(view, 'Download').disabled).toBe(false);
  });
});
