import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { MAX_IMPORT_ROWS, type PlanRow } from '@ws/domain';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { anAction } from './builders';
import {
  csvOf,
  demoPlanRows,
  download,
  HEADER,
  rowsOf,
  sheetRows,
  upload,
  xlsxWith,
} from './plan-files';
import {
  type AuthedClient,
  COORDINATOR,
  createTestApp,
  editorOf,
  FakeClock,
  type TestApp,
  VIEWER,
} from './test-app';

// Each case starts a real server on a fresh database; a loaded machine needs more than 5 s.
jest.setTimeout(30_000);

const row = (overrides: Partial<PlanRow> = {}): PlanRow => ({
  code: 'S1-01',
  title: 'Connect the regional alliances',
  stream: 1,
  phase: 'preparation',
  lead: 'afil',
  contributors: ['cep'],
  regions: ['ITC4'],
  startDate: '2026-12-01',
  dueDate: '2027-06-30',
  status: 'planned',
  progress: 0,
  health: 'green',
  description: 'Twice a year',
  ...overrides,
});

describe('action plan import', () => {
  let t: TestApp;
  let coordinator: AuthedClient;
  const clock = new FakeClock();

  beforeEach(async () => {
    t = await createTestApp({ clock });
    coordinator = await t.as(COORDINATOR);
  });
  afterEach(() => t.close());

  const journalSize = () => t.dataSource.getRepository(AuditEntry).count();
  const actionCount = async () =>
    (await coordinator.get('/api/actions')).body.total as number;

  it('offers a template whose list columns validate stream, phase, partner, status and health', async () => {
    const body = await download(coordinator, '/api/imports/template');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Action plan');
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect(sheet?.actualRowCount).toBe(1);
    const lists = workbook.getWorksheet('Lists');
    const validation = (cell: string) => sheet?.getCell(cell).dataValidation;
    expect(validation('C2')).toMatchObject({
      type: 'list',
      formulae: ['Lists!$A$2:$A$6'],
    });
    expect(validation('D500')).toMatchObject({
      type: 'list',
      formulae: ['Lists!$D$2:$D$4'],
    });
    expect(validation('E2')).toMatchObject({
      type: 'list',
      formulae: ['Lists!$G$2:$G$13'],
    });
    expect(validation('J2')).toMatchObject({
      type: 'list',
      formulae: ['Lists!$J$2:$J$6'],
    });
    expect(validation('L2')).toMatchObject({
      type: 'list',
      formulae: ['Lists!$M$2:$M$4'],
    });
    const column = (letter: string, count: number) =>
      Array.from(
        { length: count },
        (_, i) => lists?.getCell(`${letter}${i + 2}`).value,
      );
    expect(column('A', 5)).toEqual([1, 2, 3, 4, 5]);
    expect(column('D', 3)).toEqual([
      'preparation',
      'implementation',
      'investment',
    ]);
    expect(column('G', 12)).toContain('pool-net');
    expect(column('J', 5)).toEqual([
      'planned',
      'in_progress',
      'on_hold',
      'completed',
      'cancelled',
    ]);
    expect(column('M', 3)).toEqual(['green', 'amber', 'red']);
  });

  it('imports the template filled with the demo plan: a preview first, then every action, journaled', async () => {
    const template = await download(coordinator, '/api/imports/template');
    const plan = demoPlanRows(clock.now());
    const file = await xlsxWith(rowsOf(plan), template);
    const journalBefore = await journalSize();

    const preview = await upload(coordinator, file, 'demo-plan.xlsx').expect(
      201,
    );
    expect(preview.body).toMatchObject({
      fileName: 'demo-plan.xlsx',
      applicable: true,
      summary: { create: plan.length, update: 0, unchanged: 0, problems: 0 },
      problems: [],
    });
    expect(preview.body.rows[0]).toEqual({
      row: 2,
      code: plan[0].code,
      title: plan[0].title,
      change: 'create',
      changes: [],
    });
    expect(await actionCount()).toBe(0);
    expect(await journalSize()).toBe(journalBefore);

    const applied = await coordinator
      .post(`/api/imports/${preview.body.id}/apply`)
      .expect(200);
    expect(applied.body.created).toEqual(plan.map((a) => a.code));
    const list = await coordinator.get('/api/actions?pageSize=100').expect(200);
    expect(list.body.total).toBe(plan.length);
    const byCode = new Map(
      (list.body.items as Record<string, unknown>[]).map((a) => [a['code'], a]),
    );
    for (const action of plan)
      expect(byCode.get(action.code)).toMatchObject({
        ...action,
        contributors: expect.arrayContaining(action.contributors),
        regions: expect.arrayContaining(action.regions),
      });
    const journal = await coordinator
      .get('/api/audit?pageSize=100')
      .expect(200);
    expect(journal.body.total).toBe(journalBefore + plan.length + 1);
    expect(journal.body.items[0]).toMatchObject({
      action: 'import',
      summary: `Imported demo-plan.xlsx: ${plan.length} created, 0 updated`,
    });

    // Applied once: the preview is gone.
    await coordinator.post(`/api/imports/${preview.body.id}/apply`).expect(404);
  });

  it('lists every error of a file with its row and column, and changes nothing', async () => {
    await anAction(t.dataSource, { code: 'S2-01', lead: 'cep', stream: 2 });
    const journalBefore = await journalSize();
    const file = await xlsxWith([
      ...rowsOf([row()]),
      [
        'S1-01',
        'Again',
        1,
        'preparation',
        'afil',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'S1-02',
        'Bad partner',
        1,
        'preparation',
        'nobody',
        'cep, ghost',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
      [
        'S1-03',
        'Bad dates',
        6,
        'soon',
        'afil',
        '',
        'XX9',
        '2027-02-30',
        'next week',
        'done',
        120,
        'blue',
        '',
      ],
      [
        'S2-01',
        'Completed too early',
        2,
        'preparation',
        'cep',
        '',
        '',
        '',
        '',
        'completed',
        50,
        '',
        '',
      ],
    ]);
    const preview = await upload(coordinator, file, 'plan.xlsx').expect(201);
    expect(preview.body.applicable).toBe(false);
    expect(
      preview.body.problems.map(
        (p: { row: number; column: string; cell: string; message: string }) =>
          `row ${p.row}, ${p.column} (${p.cell}): ${p.message}`,
      ),
    ).toEqual([
      'row 3, Code (A3): duplicate code S1-01 (already on row 2)',
      'row 4, Lead partner (E4): unknown partner "nobody"',
      'row 4, Contributors (F4): unknown partner "ghost"',
      'row 5, Stream (C5): "6" is not a stream; use a number from 1 to 5',
      'row 5, Phase (D5): "soon" is not a phase; use preparation, implementation, investment',
      'row 5, Regions (G5): unknown region "XX9"',
      'row 5, Start date (H5): "2027-02-30" is not a date written YYYY-MM-DD',
      'row 5, Due date (I5): "next week" is not a date written YYYY-MM-DD',
      'row 5, Status (J5): "done" is not a status; use planned, in_progress, on_hold, completed, cancelled',
      'row 5, Progress (K5): "120" is not a progress; use a whole number from 0 to 100',
      'row 5, Health (L5): "blue" is not a health; use green, amber, red',
      'row 6, Progress (K6): a completed action has progress 100',
    ]);
    expect(preview.body.summary).toEqual({
      create: 1,
      update: 0,
      unchanged: 0,
      problems: 12,
    });

    const refused = await coordinator
      .post(`/api/imports/${preview.body.id}/apply`)
      .expect(400);
    expect(refused.body.errors).toEqual([
      {
        field: 'id',
        problems: [
          'this preview has problems or changes nothing; fix the file and upload it again',
        ],
      },
    ]);
    expect(await actionCount()).toBe(1);
    expect(await journalSize()).toBe(journalBefore);
  });

  it('reads CSV saved with semicolons and a byte-order mark, as spreadsheets in Europe do', async () => {
    const csv = Buffer.concat([
      Buffer.from('\uFEFF'),
      csvOf(
        [HEADER, ...rowsOf([row({ description: 'Lyon; Milan, Kraków' })])],
        ';',
      ),
    ]);
    const preview = await upload(coordinator, csv, 'plan.csv').expect(201);
    expect(preview.body.problems).toEqual([]);
    await coordinator.post(`/api/imports/${preview.body.id}/apply`).expect(200);
    const list = await coordinator.get('/api/actions').expect(200);
    expect(list.body.items[0]).toMatchObject({
      ...row({ description: 'Lyon; Milan, Kraków' }),
    });
  });

  it('lets only the coordinator import, and anyone signed in download the plan', async () => {
    const file = await xlsxWith(rowsOf([row()]));
    for (const account of [VIEWER, editorOf('afil')])
      await upload(await t.as(account), file, 'plan.xlsx').expect(403);
    const preview = await upload(coordinator, file, 'plan.xlsx').expect(201);
    await (await t.as(editorOf('afil')))
      .post(`/api/imports/${preview.body.id}/apply`)
      .expect(403);
    await download(await t.as(VIEWER), '/api/exports/action-plan');
    expect(await actionCount()).toBe(0);
  });

  it('answers 404 for an unknown preview and 410 for an expired one', async () => {
    await coordinator
      .post('/api/imports/3f1c2a4e-9b7d-4c1e-8a2b-5d6e7f8a9b0c/apply')
      .expect(404);
    await coordinator.post('/api/imports/not-an-id/apply').expect(400);
    const preview = await upload(
      coordinator,
      await xlsxWith(rowsOf([row()])),
      'plan.xlsx',
    ).expect(201);
    await coordinator.get(`/api/imports/${preview.body.id}`).expect(200);
    clock.advance(31 * 60 * 1000);
    await coordinator.post(`/api/imports/${preview.body.id}/apply`).expect(410);
    expect(await actionCount()).toBe(0);
  });

  it('refuses, after adoption, a file that would leave a partner leading nothing, as an edit by hand would be', async () => {
    for (const [index, partner] of (
      await coordinator.get('/api/partners')
    ).body.items.entries())
      await anAction(t.dataSource, {
        code: `S${(index % 5) + 1}-${index + 10}`,
        lead: partner.slug,
        stream: ((index % 5) + 1) as PlanRow['stream'],
      });
    await coordinator.post('/api/partnership/advance-phase').expect(200);
    const exported = await sheetRows(
      await download(coordinator, '/api/exports/action-plan'),
    );
    const afilRow = exported.findIndex((r) => r[4] === 'afil');
    exported[afilRow][4] = 'cep';
    const preview = await upload(
      coordinator,
      await xlsxWith(exported.slice(1) as ExcelJS.CellValue[][]),
      'plan.xlsx',
    ).expect(201);
    expect(preview.body.applicable).toBe(false);
    expect(preview.body.problems).toEqual([
      {
        row: afilRow + 1,
        column: null,
        cell: null,
        message:
          'The joint action plan is adopted: AFIL would lead no action any more (each partner leads at least one)',
      },
    ]);
  });

  it('refuses the whole file when an action changed since the preview: all rows or none', async () => {
    const existing = await anAction(t.dataSource, {
      code: 'S2-01',
      lead: 'cep',
      stream: 2,
    });
    const file = await xlsxWith(
      rowsOf([
        row(),
        row({
          code: 'S2-01',
          lead: 'cep',
          stream: 2,
          progress: 30,
          status: 'in_progress',
        }),
      ]),
    );
    const preview = await upload(coordinator, file, 'plan.xlsx').expect(201);
    expect(preview.body.rows.map((r: { change: string }) => r.change)).toEqual([
      'create',
      'update',
    ]);
    await coordinator
      .patch(`/api/actions/${existing.id}`)
      .send({ version: existing.version, title: 'Renamed meanwhile' })
      .expect(200);
    const journalBefore = await journalSize();

    const refused = await coordinator
      .post(`/api/imports/${preview.body.id}/apply`)
      .expect(409);
    expect(refused.body.message).toMatch(
      /^Row 3 \(S2-01\): S2-01 was changed by someone else .*; nothing was imported$/,
    );
    expect(await actionCount()).toBe(1);
    expect(await journalSize()).toBe(journalBefore);
  });
});

describe('refuses a malicious or broken file cleanly, changing nothing', () => {
  // Nothing here changes the plan, so one server serves every case.
  let t: TestApp;
  let coordinator: AuthedClient;

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await t.as(COORDINATOR);
  });
  afterAll(() => t.close());

  const actionCount = async () =>
    (await coordinator.get('/api/actions')).body.total as number;

  it('names formula cells, in XLSX and CSV alike', async () => {
    const xlsx = await xlsxWith([
      [
        ...rowsOf([row()])[0].slice(0, 1),
        { formula: 'HYPERLINK("http://evil.example","x")' },
        ...rowsOf([row()])[0].slice(2),
      ],
    ]);
    const fromXlsx = await upload(coordinator, xlsx, 'plan.xlsx').expect(201);
    expect(fromXlsx.body.applicable).toBe(false);
    expect(fromXlsx.body.problems).toContainEqual({
      row: 2,
      column: 'Title',
      cell: 'B2',
      message: 'formulas are not accepted; type the value itself',
    });
    const csv = csvOf([
      HEADER,
      ['S1-01', "=cmd|' /C calc'!A0", 1, 'preparation', 'afil'],
    ]);
    const fromCsv = await upload(coordinator, csv, 'plan.csv').expect(201);
    expect(fromCsv.body.problems[0]).toMatchObject({
      cell: 'B2',
      message: 'formulas are not accepted; type the value itself',
    });
    expect(await actionCount()).toBe(0);
  });

  it('refuses a huge sheet before reading it cell by cell', async () => {
    const rows = Array.from(
      { length: 3 * MAX_IMPORT_ROWS },
      (_, i) => rowsOf([row({ code: `S1-${i + 1}` })])[0],
    );
    const response = await upload(
      coordinator,
      await xlsxWith(rows),
      'plan.xlsx',
    ).expect(400);
    expect(response.body.errors).toEqual([
      {
        field: 'file',
        problems: [
          `the sheet has ${3 * MAX_IMPORT_ROWS + 1} rows; at most ${MAX_IMPORT_ROWS} actions are imported at once`,
        ],
      },
    ]);
  });

  it('refuses a workbook that would unpack to far more than its size (zip bomb)', async () => {
    const workbook = await JSZip.loadAsync(await xlsxWith(rowsOf([row()])));
    workbook.file('xl/media/padding.bin', Buffer.alloc(20 * 1024 * 1024));
    const bomb = await workbook.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const response = await upload(coordinator, bomb, 'plan.xlsx').expect(400);
    expect(response.body.errors[0].problems).toEqual([
      'the workbook unpacks to far more than a plan can hold; it is refused',
    ]);
  });

  it.each([
    [
      'a PNG named .xlsx',
      Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      'plan.xlsx',
      'plan.xlsx is neither an XLSX workbook nor a UTF-8 CSV file',
    ],
    [
      'a PDF',
      Buffer.from('%PDF-1.7\n'),
      'plan.pdf',
      'plan.pdf is neither an XLSX workbook nor a UTF-8 CSV file',
    ],
    [
      'binary named .csv',
      Buffer.from([0x43, 0x00, 0xff, 0xfe]),
      'plan.csv',
      'plan.csv is neither an XLSX workbook nor a UTF-8 CSV file',
    ],
    [
      'a truncated workbook',
      Buffer.from('504b0304140000000800', 'hex'),
      'plan.xlsx',
      'the file is not a readable XLSX workbook',
    ],
  ])('refuses %s', async (_, content, name, problem) => {
    const response = await upload(coordinator, content, name).expect(400);
    expect(response.body.errors).toEqual([
      { field: 'file', problems: [problem] },
    ]);
  });

  it('refuses a request without a file, and a file over 2 MB', async () => {
    const none = await coordinator.post('/api/imports').send({}).expect(400);
    expect(none.body.errors[0].field).toBe('file');
    await coordinator
      .post('/api/imports')
      .attach('document', Buffer.from(HEADER.join(',')), 'plan.csv')
      .expect(400);
    await coordinator
      .post('/api/imports')
      .field('comment', 'extra')
      .attach('file', Buffer.from(HEADER.join(',')), 'plan.csv')
      .expect(400);
    await upload(
      coordinator,
      Buffer.alloc(2 * 1024 * 1024 + 1, 0x41),
      'plan.csv',
    ).expect(413);
    expect(await actionCount()).toBe(0);
  });
});
