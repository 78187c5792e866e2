import ExcelJS from 'exceljs';
import type { Response } from 'supertest';
import {
  ACTION_STATUSES,
  brusselsDate,
  type DashboardView,
  type ProgressFigures,
} from '@ws/domain';
import { Action } from '../src/actions/action.entity';
import { StatusUpdate } from '../src/actions/status-update.entity';
import { binaryParser } from './binary-body';
import { pdfText } from './reports-pdf-text';
import {
  type AuthedClient,
  COORDINATOR,
  createTestApp,
  databaseKinds,
  FakeClock,
  type TestApp,
  VIEWER,
} from './test-app';

// SPEC §6: the progress report of the demo plan, read back in each format and
// compared with the database and the dashboard.
const FROM = '2026-10-01';
const TO = '2026-11-30';
const HYPERLINK_TITLE = '=HYPERLINK("http://evil.example","Click")';

/** RFC 4180 records (quotes, doubled quotes, CRLF) with the given delimiter. */
function parseCsv(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

/** Cells of a Markdown table row, splitting on `|` that is not escaped. */
const markdownCells = (line: string) =>
  line
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

describe.each(databaseKinds())('GET /api/reports/progress on %s', (kind) => {
  let t: TestApp;
  let viewer: AuthedClient;
  let dashboard: DashboardView;
  let actions: Action[];
  let updatesInPeriod: StatusUpdate[];
  const now = new Date('2026-11-25T09:00:00Z');
  const download = (format: string, from = FROM, to = TO) =>
    viewer
      .get(`/api/reports/progress?from=${from}&to=${to}&format=${format}`)
      .buffer(true)
      .parse(binaryParser as never);

  beforeAll(async () => {
    t = await createTestApp({
      kind,
      config: { seed: 'demo' },
      clock: new FakeClock(now),
    });
    const coordinator = await t.as(COORDINATOR);
    await coordinator
      .post('/api/actions')
      .send({
        title: HYPERLINK_TITLE,
        stream: 2,
        phase: 'implementation',
        lead: 'microtec-sudwest',
      })
      .expect(201);
    viewer = await t.as(VIEWER);
    dashboard = (await viewer.get('/api/dashboard').expect(200)).body;
    actions = await t.dataSource
      .getRepository(Action)
      .find({ relations: { lead: true }, order: { code: 'ASC' } });
    updatesInPeriod = (
      await t.dataSource
        .getRepository(StatusUpdate)
        .find({ relations: { action: true } })
    ).filter((u) => {
      const day = brusselsDate(new Date(u.at));
      return day >= FROM && day <= TO;
    });
  }, 60_000);
  afterAll(() => t.close());

  it('has a demo plan with status changes in the period', () => {
    expect(actions).toHaveLength(37);
    expect(updatesInPeriod.length).toBeGreaterThan(10);
  });

  describe('PDF', () => {
    let res: Response;
    let text: string;
    beforeAll(async () => {
      res = await download('pdf').expect(200);
      text = await pdfText(res.body);
    }, 30_000);

    it('is an attachment named after the period', () => {
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="4m4iof-progress-2026-10-01_2026-11-30.pdf"',
      );
      expect((res.body as Buffer).subarray(0, 4).toString()).toBe('%PDF');
    });

    it('opens with the partnership, the period and the generation time', () => {
      expect(text).toMatch(
        /^4 Motors 4 Industry of the Future\nProgress report\nPeriod: 2026-10-01 to 2026-11-30\nGenerated on 2026-11-25 10:00 \(Brussels time\)/,
      );
    });

    it('numbers its pages "Page n of m"', () => {
      const pages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
      expect(pages).toBeGreaterThan(3);
      for (let page = 1; page <= pages; page++)
        expect(text).toContain(`Page ${page} of ${pages}`);
    });

    it('prints accented names with the embedded font', () => {
      for (const name of [
        'Małopolska',
        'microTEC Südwest',
        'Clúster Digital de Catalunya',
        'Viaméca',
      ])
        expect(text).toContain(name);
    });

    it('shows the figures of the dashboard', () => {
      const { overall } = dashboard;
      expect(text).toContain(`Actions ${overall.actions}\n`);
      expect(text).toContain(`Overdue ${overall.overdue}\n`);
      expect(text).toContain(`Stale ${overall.stale}\n`);
      expect(text).toContain(
        `Status updates in the period ${updatesInPeriod.length}\n`,
      );
      const figures = (f: ProgressFigures) =>
        [
          f.actions,
          f.meanProgress === null ? '—' : `${f.meanProgress}%`,
          ...ACTION_STATUSES.map((s) => f.byStatus[s]),
          f.byHealth.green,
          f.byHealth.amber,
          f.byHealth.red,
          f.overdue,
          f.stale,
        ].join(' ');
      for (const phase of dashboard.byPhase)
        expect(text).toContain(`${phase.name} ${figures(phase)}\n`);
    });

    it('draws the charts', () => {
      expect(text).toContain('Actions by health');
      expect(text).toContain(`Green (${dashboard.overall.byHealth.green})`);
      expect(text).toContain('Mean progress per stream (%)');
    });

    it('lists the sections, with the decisions and investments of the demo', () => {
      for (const heading of [
        'Summary',
        'Progress per phase',
        'Progress per stream',
        'Progress per region',
        'Progress per partner',
        'Governance rules',
        'Status changes',
        'Overdue and at-risk actions',
        'Upcoming milestones',
        'Decisions\n',
        'Investment pipeline\n',
      ])
        expect(text).toContain(heading);
      expect(text).toContain(
        'Present a recovery plan for the composites pilot line',
      );
      expect(text).toContain('Shared pilot line on hybrid plastics processes');
      expect(text).toContain('Pipeline per instrument');
    });
  });

  describe('XLSX', () => {
    let workbook: ExcelJS.Workbook;
    let res: Response;
    beforeAll(async () => {
      res = await download('xlsx').expect(200);
      workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body);
    });
    const rowsOf = (name: string) => {
      const sheet = workbook.getWorksheet(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      const rows: ExcelJS.CellValue[][] = [];
      sheet.eachRow((row) =>
        rows.push((row.values as ExcelJS.CellValue[]).slice(1)),
      );
      return rows;
    };

    it('has one sheet per section', () => {
      expect(res.headers['content-disposition']).toContain(
        'filename="4m4iof-progress-2026-10-01_2026-11-30.xlsx"',
      );
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'Report',
        'Summary',
        'Progress per phase',
        'Progress per stream',
        'Progress per region',
        'Progress per partner',
        'Governance rules',
        'Status changes',
        'Overdue and at-risk actions',
        'Upcoming milestones',
        'Decisions',
        'Investment pipeline',
        'Pipeline per instrument',
        'Actions',
      ]);
    });

    it('freezes and filters the header row', () => {
      const sheet = workbook.getWorksheet('Actions');
      expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet?.autoFilter).toBeTruthy();
      expect(sheet?.getColumn(2).width).toBeGreaterThan(20);
    });

    it('keeps the summary figures as numbers equal to the dashboard', () => {
      const summary = new Map(
        rowsOf('Summary').map(([name, value]) => [name, value]),
      );
      expect(summary.get('Actions')).toBe(dashboard.overall.actions);
      expect(summary.get('Mean progress (%)')).toBe(
        dashboard.overall.meanProgress,
      );
      expect(summary.get('Overdue')).toBe(dashboard.overall.overdue);
    });

    it('lists every status change of the period with real dates', () => {
      const [header, ...rows] = rowsOf('Status changes');
      expect(header.slice(0, 4)).toEqual(['Date', 'Time', 'Code', 'Action']);
      expect(rows).toHaveLength(updatesInPeriod.length);
      for (const row of rows) {
        expect(row[0]).toBeInstanceOf(Date);
        const day = (row[0] as Date).toISOString().slice(0, 10);
        expect(day >= FROM && day <= TO).toBe(true);
        expect(typeof row[7]).toBe('number');
      }
      const first = [...updatesInPeriod].sort((a, b) =>
        a.at.localeCompare(b.at),
      )[0];
      expect(rows[0][0]).toEqual(
        new Date(`${brusselsDate(new Date(first.at))}T00:00:00Z`),
      );
      expect(rows[0][2]).toBe(first.action.code);
      expect(rows[0][4]).toBe(first.authorName);
    });

    it('lists the overdue and at-risk actions with the blockers of their latest update', async () => {
      const updates = await t.dataSource
        .getRepository(StatusUpdate)
        .find({ relations: { action: true }, order: { at: 'ASC', id: 'ASC' } });
      const latest = new Map(updates.map((u) => [u.action.id, u]));
      const today = brusselsDate(now);
      const expected = actions.filter(
        (a) =>
          !['completed', 'cancelled'].includes(a.status) &&
          ((a.dueDate !== null && a.dueDate < today) || a.health !== 'green'),
      );
      const [header, ...rows] = rowsOf('Overdue and at-risk actions');
      expect(header).toContain('Blockers');
      expect(rows.map((r) => r[0]).sort()).toEqual(
        expected.map((a) => a.code).sort(),
      );
      expect(expected.some((a) => latest.get(a.id)?.blockers)).toBe(true);
      for (const action of expected) {
        const row = rows.find((r) => r[0] === action.code);
        expect(row?.[8] ?? null).toBe(latest.get(action.id)?.blockers ?? null);
      }
    });

    it('lists the milestones due in the next 60 days as the dashboard does', () => {
      const [, ...rows] = rowsOf('Upcoming milestones');
      expect(dashboard.upcomingMilestones.length).toBeGreaterThan(0);
      expect(
        rows.map((r) => [
          (r[0] as Date).toISOString().slice(0, 10),
          r[1],
          r[3],
        ]),
      ).toEqual(
        dashboard.upcomingMilestones.map((m) => [m.dueDate, m.code, m.title]),
      );
      expect(rows.map((r) => r[4])).not.toContain('microtec-sudwest');
    });

    it('has one row per action with typed figures from the database', () => {
      const [, ...rows] = rowsOf('Actions');
      expect(rows).toHaveLength(actions.length);
      for (const action of actions) {
        const row = rows.find((r) => r[0] === action.code);
        expect(row?.[6]).toBe(action.progress);
        expect(row?.[4]).toBe(action.lead.name);
        if (action.dueDate)
          expect(row?.[9]).toEqual(new Date(`${action.dueDate}T00:00:00Z`));
      }
    });
  });

  describe('CSV', () => {
    let res: Response;
    let records: string[][];
    beforeAll(async () => {
      res = await download('csv').expect(200);
      records = parseCsv((res.body as Buffer).toString('utf8'), ';');
    });

    it('is UTF-8 with a byte order mark', () => {
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect([...(res.body as Buffer).subarray(0, 3)]).toEqual([
        0xef, 0xbb, 0xbf,
      ]);
    });

    it('has one row per action with its figures, names intact', () => {
      const [header, ...rows] = records;
      expect(header[0]).toBe('\ufeffCode');
      expect(header).toContain('Progress');
      expect(rows).toHaveLength(actions.length);
      expect(rows.every((r) => r.length === header.length)).toBe(true);
      const progress = header.indexOf('Progress');
      for (const action of actions) {
        const row = rows.find((r) => r[0] === action.code);
        expect(row?.[progress]).toBe(String(action.progress));
      }
      expect(rows.map((r) => r[4])).toContain('microTEC Südwest');
      expect(rows.map((r) => r[4])).toContain('Clúster Digital de Catalunya');
    });

    it('neutralises a title that a spreadsheet would run as a formula', () => {
      const titles = records.map((r) => r[1]);
      expect(titles).toContain(`'${HYPERLINK_TITLE}`);
      expect(titles).not.toContain(HYPERLINK_TITLE);
    });
  });

  describe('Markdown', () => {
    let markdown: string;
    beforeAll(async () => {
      const res = await download('md').expect(200);
      expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
      markdown = (res.body as Buffer).toString('utf8');
    });

    it('opens with the partnership and the period', () => {
      expect(markdown).toMatch(
        /^# 4 Motors 4 Industry of the Future — progress report\n\n- \*\*Period:\*\* 2026-10-01 to 2026-11-30\n/,
      );
    });

    it('writes valid tables: a header, a separator, the same column count', () => {
      const tables = markdown
        .split('\n\n')
        .filter((block) => block.startsWith('|'));
      expect(tables.length).toBeGreaterThanOrEqual(10);
      for (const table of tables) {
        const [header, separator, ...rows] = table.trimEnd().split('\n');
        const columns = markdownCells(header).length;
        expect(markdownCells(separator).every((c) => /^-{3,}:?$/.test(c))).toBe(
          true,
        );
        expect(markdownCells(separator)).toHaveLength(columns);
        for (const row of rows)
          expect(markdownCells(row)).toHaveLength(columns);
      }
    });

    it('has one status change row per update in the period', () => {
      const section = markdown.split('## Status changes')[1].split('\n## ')[0];
      const rows = section
        .split('\n')
        .filter((line) => /^\| \d{4}-\d{2}-\d{2} \|/.test(line));
      expect(rows).toHaveLength(updatesInPeriod.length);
    });

    it('lists the decisions of the sessions held in the period, and the investment pipeline', () => {
      // The demo's sessions: 2026-09-02 (before the period) and 2026-10-28.
      expect(markdown).toContain(
        '| 2026-10-28 | Present a recovery plan for the composites pilot line | CEP | 2026-11-18 | S3-03 | overdue |',
      );
      expect(markdown).not.toContain('| 2026-09-02 |');
      expect(markdown).toMatch(
        /## Investment pipeline\n\n8 proposal\(s\) for €[0-9,]+\.[0-9]{2}, /,
      );
      expect(markdown).toContain(
        '| Shared pilot line on hybrid plastics processes | ERDF |',
      );
    });
  });

  it('counts only the status changes whose Brussels day is in the period', async () => {
    const day = brusselsDate(new Date(updatesInPeriod[0].at));
    const res = await download('md', day, day).expect(200);
    const expected = updatesInPeriod.filter(
      (u) => brusselsDate(new Date(u.at)) === day,
    ).length;
    expect((res.body as Buffer).toString()).toContain(
      `| Status updates in the period | ${expected} |`,
    );
  });

  it('refuses bad dates, a reversed period and an unknown format, naming each field', async () => {
    const res = await viewer
      .get('/api/reports/progress?from=2026-02-30&to=2026-13-01&format=doc')
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'from',
      'to',
      'format',
    ]);
    const reversed = await viewer
      .get('/api/reports/progress?from=2026-11-30&to=2026-10-01&format=pdf')
      .expect(400);
    expect(reversed.body.errors).toEqual([
      { field: 'to', problems: ['to must not be before from'] },
    ]);
  });

  it('refuses a working session together with a period', async () => {
    const res = await viewer
      .get(`/api/reports/progress?from=${FROM}&to=${TO}&format=md&session=1`)
      .expect(400);
    expect(res.body.errors).toEqual([
      {
        field: 'session',
        problems: ['give either session or from and to, not both'],
      },
    ]);
  });

  it('is refused to signed-out clients', async () => {
    await t
      .http()
      .get(`/api/reports/progress?from=${FROM}&to=${TO}&format=md`)
      .expect(401);
  });
});

describe.each(databaseKinds())('GET /api/reports/progress before any action exists on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ kind, clock: new FakeClock() });
  });
  afterAll(() => t.close());

  it.each(['pdf', 'xlsx', 'md', 'csv'])(
    'still writes a %s report, saying what is empty',
    async (format) => {
      const res = await (
        await t.as(VIEWER)
      )
        .get(`/api/reports/progress?from=${FROM}&to=${TO}&format=${format}`)
        .buffer(true)
        .parse(binaryParser as never)
        .expect(200);
      const body = res.body as Buffer;
      if (format === 'md')
        expect(body.toString()).toContain('No status update in the period.');
      if (format === 'pdf')
        expect(await pdfText(body)).toContain('No overdue or at-risk action.');
      if (format === 'csv')
        expect(body.toString().trim().split('\r\n')).toHaveLength(1);
      if (format === 'xlsx') {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(res.body);
        expect(
          workbook.getWorksheet('Status changes')?.getCell('A2').value,
        ).toBe('No status update in the period.');
      }
    },
  );
});
