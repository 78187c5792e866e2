import { HttpHeaders, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { button, textOf } from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import { PlanExportButton } from './plan-export-button';

describe('PlanExportButton', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  async function render() {
    const fixture = TestBed.createComponent(PlanExportButton);
    fixture.detectChanges();
    await fixture.whenStable();
    return { fixture, view: fixture.nativeElement as HTMLElement };
  }

  it('downloads the plan under the name the server gives it', async () => {
    const createObjectURL = jest.fn(() => 'blob:plan');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: HTMLAnchorElement[] = [];
    jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function (this: HTMLAnchorElement) {
        clicked.push(this);
      });
    const { fixture, view } = await render();

    button(view, 'Export as a spreadsheet (XLSX)').click();
    await fixture.whenStable();
    expect(button(view, 'Preparing the file…').disabled).toBe(true);
    http.expectOne('/api/exports/action-plan').flush(new Blob(['PK']), {
      headers: new HttpHeaders({
        'Content-Disposition':
          'attachment; filename="action-plan-2026-11-25.xlsx"',
      }),
    });
    await fixture.whenStable();
    expect(clicked.map((a) => [a.download, a.href])).toEqual([
      ['action-plan-2026-11-25.xlsx', 'blob:plan'],
    ]);
  });

  it('says so when the server cannot be reached', async () => {
    const { fixture, view } = await render();
    button(view, 'Export as a spreadsheet (XLSX)').click();
    http
      .expectOne('/api/exports/action-plan')
      .error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    expect(textOf(view.querySelector('[role="alert"]'))).toBe(
      'The server could not be reached. Check your connection and try again.',
    );
  });
});
