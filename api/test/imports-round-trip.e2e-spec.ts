import ExcelJS from 'exceljs';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { download, upload } from './plan-files';
import {
  type AuthedClient,
  COORDINATOR,
  createTestApp,
  databaseKinds,
  FakeClock,
  type TestApp,
} from './test-app';

// Each case starts a real server on a fresh database; a loaded machine needs more than 5 s.
jest.setTimeout(30_000);

type ActionJson = Record<string, unknown> & { id: number; code: string };

describe.each(databaseKinds())('export → edit → import on %s', (kind) => {
  let t: TestApp;
  let coordinator: AuthedClient;

  beforeAll(async () => {
    t = await createTestApp({
      kind,
      config: { seed: 'demo' },
      clock: new FakeClock(),
    });
    coordinator = await t.as(COORDINATOR);
  });
  afterAll(() => t.close());

  const plan = async (): Promise<ActionJson[]> =>
    (await coordinator.get('/api/actions?pageSize=100').expect(200)).body.items;
  const journalSize = () => t.dataSource.getRepository(AuditEntry).count();

  it('changes nothing when nothing was edited', async () => {
    const before = await plan();
    const journalBefore = await journalSize();
    const exported = await download(coordinator, '/api/exports/action-plan');

    const preview = await upload(coordinator, exported, 'plan.xlsx').expect(
      201,
    );
    expect(preview.body).toMatchObject({
      applicable: false,
      summary: { create: 0, update: 0, unchanged: before.length, problems: 0 },
      problems: [],
    });
    await coordinator.post(`/api/imports/${preview.body.id}/apply`).expect(400);
    expect(await plan()).toEqual(before);
    expect(await journalSize()).toBe(journalBefore);
  });

  it('changes exactly the edited cells, journaled as edits by hand are', async () => {
    const before = await plan();
    const journalBefore = await journalSize();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await download(
        coordinator,
        '/api/exports/action-plan',
      )) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Action plan');
    let row = 2;
    while (sheet?.getCell(`J${row}`).value !== 'in_progress') row += 1;
    const code = String(sheet.getCell(`A${row}`).value);
    const edited = before.find((a) => a.code === code) as ActionJson;
    const progress = edited['progress'] === 55 ? 60 : 55;
    sheet.getCell(`K${row}`).value = progress;
    sheet.getCell(`B${row}`).value = `${edited['title']} (revised)`;
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const preview = await upload(coordinator, file, 'plan.xlsx').expect(201);
    expect(preview.body.summary).toEqual({
      create: 0,
      update: 1,
      unchanged: before.length - 1,
      problems: 0,
    });
    expect(
      preview.body.rows.find((r: { change: string }) => r.change === 'update'),
    ).toEqual({
      row,
      code,
      title: `${edited['title']} (revised)`,
      change: 'update',
      changes: [
        {
          field: 'title',
          before: edited['title'],
          after: `${edited['title']} (revised)`,
        },
        { field: 'progress', before: edited['progress'], after: progress },
      ],
    });
    await coordinator.post(`/api/imports/${preview.body.id}/apply`).expect(200);

    const after = await plan();
    expect(after.filter((a) => a.code !== code)).toEqual(
      before.filter((a) => a.code !== code),
    );
    expect(after.find((a) => a.code === code)).toMatchObject({
      title: `${edited['title']} (revised)`,
      progress,
      version: (edited['version'] as number) + 1,
    });
    expect(await journalSize()).toBe(journalBefore + 2);
    const history = await coordinator
      .get(`/api/actions/${edited.id}/updates`)
      .expect(200);
    expect(history.body.items[0]).toMatchObject({
      progress,
      comment: 'Imported from plan.xlsx',
    });
  });

  it('applies all rows or none: one refused row leaves the plan as it was', async () => {
    const before = await plan();
    const journalBefore = await journalSize();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await download(
        coordinator,
        '/api/exports/action-plan',
      )) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Action plan');
    if (!sheet) throw new Error('the export has no plan sheet');
    const last = sheet.getRow(sheet.actualRowCount);
    const lastCode = String(last.getCell(1).value);
    sheet.addRow(['S5-90', 'Added by the file', 5, 'preparation', 'cep']);
    last.getCell(2).value = 'Renamed by the file';
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = await upload(coordinator, file, 'plan.xlsx').expect(201);
    expect(preview.body.summary).toMatchObject({ create: 1, update: 1 });

    const changed = before.find((a) => a.code === lastCode) as ActionJson;
    await coordinator
      .patch(`/api/actions/${changed.id}`)
      .send({ version: changed['version'], description: 'Edited meanwhile' })
      .expect(200);
    const refused = await coordinator
      .post(`/api/imports/${preview.body.id}/apply`)
      .expect(409);
    expect(refused.body.message).toContain('nothing was imported');
    const after = await plan();
    expect(after.map((a) => a.code)).toEqual(before.map((a) => a.code));
    expect(after.find((a) => a.code === lastCode)?.['title']).toBe(
      changed['title'],
    );
    expect(await journalSize()).toBe(journalBefore + 1);
  });
});
