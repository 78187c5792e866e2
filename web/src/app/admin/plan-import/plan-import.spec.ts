import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ImportPreviewView } from '@ws/domain';
import { button, field, link, tableRows, textOf } from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import { PlanImport } from './plan-import';

const PREVIEW_WITH_PROBLEMS: ImportPreviewView = {
  id: '3f1c2a4e-9b7d-4c1e-8a2b-5d6e7f8a9b0c',
  fileName: 'plan.xlsx',
  expiresAt: '2026-11-25T10:00:00.000Z',
  applicable: false,
  summary: { create: 1, update: 0, unchanged: 0, problems: 2 },
  rows: [
    {
      row: 2,
      code: 'S1-01',
      title: 'Connect the alliances',
      change: 'create',
      changes: [],
    },
  ],
  problems: [
    {
      row: 3,
      column: 'Lead partner',
      cell: 'E3',
      message: 'unknown partner "nobody"',
    },
    { row: null, column: null, cell: null, message: 'missing column Phase' },
  ],
};

const APPLICABLE: ImportPreviewView = {
  ...PREVIEW_WITH_PROBLEMS,
  applicable: true,
  summary: { create: 1, update: 1, unchanged: 4, problems: 0 },
  rows: [
    ...PREVIEW_WITH_PROBLEMS.rows,
    {
      row: 3,
      code: 'S2-04',
      title: 'Map the S3 priorities',
      change: 'update',
      changes: [
        { field: 'progress', before: 40, after: 60 },
        { field: 'contributors', before: ['cep'], after: ['cep', 'afil'] },
      ],
    },
    { row: 4, code: 'S2-05', title: 'Same', change: 'unchanged', changes: [] },
  ],
  problems: [],
};

describe('PlanImport', () => {
  let fixture: ComponentFixture<PlanImport>;
  let http: HttpTestingController;
  let view: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanImport);
    view = fixture.nativeElement;
    fixture.detectChanges();
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function chooseAndPreview(preview: ImportPreviewView): Promise<void> {
    const input = field(view, 'Spreadsheet with the action plan');
    const file = new File(['code,title'], 'plan.xlsx');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    button(view, 'Preview the import').click();
    const request = http.expectOne('/api/imports');
    expect(request.request.method).toBe('POST');
    expect(((request.request.body as FormData).get('file') as File).name).toBe(
      'plan.xlsx',
    );
    request.flush(preview, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
  }

  it('asks for a file before uploading anything', async () => {
    button(view, 'Preview the import').click();
    await fixture.whenStable();
    expect(textOf(view)).toContain('Choose a file first.');
    http.expectNone('/api/imports');
  });

  it('shows every problem with its row and cell, and offers no way to apply', async () => {
    await chooseAndPreview(PREVIEW_WITH_PROBLEMS);
    expect(textOf(view)).toContain('Problems: 2');
    const problems = view.querySelector('table.import-problems') as Element;
    expect(tableRows(problems)).toEqual([
      ['3', 'E3', 'Lead partner', 'unknown partner "nobody"'],
      ['whole file', '—', '—', 'missing column Phase'],
    ]);
    expect(() => button(view, 'Apply the import')).toThrow();
  });

  it('lists what changes, applies the preview and leads to the actions', async () => {
    await chooseAndPreview(APPLICABLE);
    const rows = view.querySelector('table.import-rows') as Element;
    expect(tableRows(rows)).toEqual([
      ['2', 'S1-01', 'Connect the alliances', 'New', 'New action'],
      [
        '3',
        'S2-04',
        'Map the S3 priorities',
        'Update',
        'Progress: 40 → 60 Contributors: cep → cep, afil',
      ],
    ]);
    button(view, 'Apply the import').click();
    http
      .expectOne(`/api/imports/${APPLICABLE.id}/apply`)
      .flush({ created: ['S1-01'], updated: ['S2-04'] });
    await fixture.whenStable();
    expect(textOf(view)).toContain('Imported: 1 actions created, 1 updated.');
    expect(link(view, 'See the actions').getAttribute('href')).toBe('/actions');
  });

  it('says why the server refused to apply, and keeps the preview', async () => {
    await chooseAndPreview(APPLICABLE);
    button(view, 'Apply the import').click();
    http.expectOne(`/api/imports/${APPLICABLE.id}/apply`).flush(
      {
        statusCode: 409,
        message:
          'Row 3 (S2-04): S2-04 was changed by someone else; nothing was imported',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(textOf(view.querySelector('[role="alert"]'))).toBe(
      'Row 3 (S2-04): S2-04 was changed by someone else; nothing was imported',
    );
    expect(button(view, 'Apply the import')).toBeTruthy();
  });
});
