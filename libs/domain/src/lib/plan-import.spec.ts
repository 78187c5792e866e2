import type { GovernanceFacts } from './governance';
import {
  changedFields,
  columnLetter,
  importGovernanceProblems,
  MAX_IMPORT_ROWS,
  PLAN_COLUMNS,
  type PlanImportContext,
  type PlanRow,
  planRowCells,
  readPlanSheet,
  type SheetCell,
} from './plan-import';

const HEADER = PLAN_COLUMNS.map((c) => c.header);
const action = (overrides: Partial<PlanRow> = {}): PlanRow => ({
  code: 'S1-01',
  title: 'Connect the regional alliances',
  stream: 1,
  phase: 'preparation',
  lead: 'afil',
  contributors: ['cep'],
  regions: ['ITC4'],
  startDate: '2026-09-01',
  dueDate: '2027-03-31',
  status: 'in_progress',
  progress: 40,
  health: 'green',
  description: 'Alliances meet twice a year',
  ...overrides,
});
const context = (existing: PlanRow[] = []): PlanImportContext => ({
  partners: [
    { slug: 'afil', retired: false },
    { slug: 'cep', retired: false },
    { slug: 'plastipolis', retired: false },
    { slug: 'old-cluster', retired: true },
  ],
  regions: ['ITC4', 'FRK', 'PL21'],
  existing: new Map(existing.map((a) => [a.code, a])),
});
const sheet = (...rows: SheetCell[][]) => [HEADER, ...rows];

describe('readPlanSheet', () => {
  it('reads a row written by planRowCells back into the same action', () => {
    const { entries, problems } = readPlanSheet(
      sheet(planRowCells(action())),
      context(),
    );
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { row: 2, code: 'S1-01', change: 'create', fields: [], action: action() },
    ]);
  });

  it('marks a row equal to the live action unchanged and a different one an update naming its fields', () => {
    const live = [action(), action({ code: 'S2-01', stream: 2 })];
    const { entries } = readPlanSheet(
      sheet(
        planRowCells(action()),
        planRowCells(
          action({
            code: 'S2-01',
            stream: 2,
            progress: 60,
            contributors: ['plastipolis'],
          }),
        ),
      ),
      context(live),
    );
    expect(entries.map((e) => [e.code, e.change, e.fields])).toEqual([
      ['S1-01', 'unchanged', []],
      ['S2-01', 'update', ['contributors', 'progress']],
    ]);
  });

  it('accepts spreadsheet dates, numbers, any header case and order, and fills the defaults', () => {
    const { entries, problems } = readPlanSheet(
      [
        ['lead partner', 'CODE', 'title', 'stream', 'phase', 'start date'],
        [
          'AFIL',
          's3-02',
          'Roadmap',
          3,
          'Implementation',
          new Date(Date.UTC(2027, 0, 15)),
        ],
      ],
      context(),
    );
    expect(problems).toEqual([]);
    expect(entries[0].action).toEqual({
      code: 'S3-02',
      title: 'Roadmap',
      stream: 3,
      phase: 'implementation',
      lead: 'afil',
      contributors: [],
      regions: [],
      startDate: '2027-01-15',
      dueDate: null,
      status: 'planned',
      progress: 0,
      health: 'green',
      description: '',
    });
  });

  it('names every bad cell with its row, column and cell reference', () => {
    const { entries, problems } = readPlanSheet(
      sheet(planRowCells(action()), [
        'S1-01',
        '',
        7,
        'later',
        'nobody',
        'cep, ghost',
        'ITC4;XX9',
        '2026-02-30',
        '2026-01-01',
        'done',
        '140',
        'purple',
        '',
      ]),
      context(),
    );
    expect(entries.map((e) => e.code)).toEqual(['S1-01']);
    expect(problems.map((p) => `${p.cell} ${p.column}: ${p.message}`)).toEqual([
      'A3 Code: duplicate code S1-01 (already on row 2)',
      'B3 Title: the title is required',
      'C3 Stream: "7" is not a stream; use a number from 1 to 5',
      'D3 Phase: "later" is not a phase; use preparation, implementation, investment',
      'E3 Lead partner: unknown partner "nobody"',
      'F3 Contributors: unknown partner "ghost"',
      'G3 Regions: unknown region "XX9"',
      'H3 Start date: "2026-02-30" is not a date written YYYY-MM-DD',
      'J3 Status: "done" is not a status; use planned, in_progress, on_hold, completed, cancelled',
      'K3 Progress: "140" is not a progress; use a whole number from 0 to 100',
      'L3 Health: "purple" is not a health; use green, amber, red',
    ]);
    expect(problems.every((p) => p.row === 3)).toBe(true);
  });

  it('refuses formula cells, a due date before the start and a completed action not at 100', () => {
    const { problems } = readPlanSheet(
      sheet(
        planRowCells(action({ title: 'x' })).map((cell, i) =>
          i === 1 ? { formula: 'HYPERLINK("http://evil")' } : cell,
        ),
        planRowCells(
          action({
            code: 'S1-02',
            startDate: '2027-01-01',
            dueDate: '2026-12-31',
            status: 'completed',
            progress: 90,
          }),
        ),
      ),
      context(),
    );
    expect(problems.map((p) => `${p.cell}: ${p.message}`)).toEqual([
      'B2: formulas are not accepted; type the value itself',
      'B2: the title is required',
      'I3: the due date is before the start date',
      'K3: a completed action has progress 100',
    ]);
  });

  it('lets a retired partner keep the actions it leads but not take a new one', () => {
    const kept = action({ lead: 'old-cluster' });
    const { entries, problems } = readPlanSheet(
      sheet(
        planRowCells(kept),
        planRowCells(action({ code: 'S1-09', lead: 'old-cluster' })),
      ),
      context([kept]),
    );
    expect(entries.map((e) => e.code)).toEqual(['S1-01']);
    expect(problems).toEqual([
      {
        row: 3,
        column: 'Lead partner',
        cell: 'E3',
        message: 'old-cluster is retired and leads nothing new',
      },
    ]);
  });

  it('refuses unknown or repeated columns, missing required ones and too many rows', () => {
    expect(
      readPlanSheet([['Code', 'Title', 'Colour', 'title']], context()).problems,
    ).toEqual([
      {
        row: 1,
        column: 'Colour',
        cell: 'C1',
        message: 'unknown column "Colour"',
      },
      {
        row: 1,
        column: 'title',
        cell: 'D1',
        message: 'the column "title" appears twice',
      },
      {
        row: null,
        column: null,
        cell: null,
        message: 'missing columns Stream, Phase, Lead partner',
      },
    ]);
    const many = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) =>
      planRowCells(action({ code: `S1-${i}` })),
    );
    expect(readPlanSheet(sheet(...many), context()).problems).toEqual([
      {
        row: null,
        column: null,
        cell: null,
        message: `the file has ${MAX_IMPORT_ROWS + 1} rows; at most ${MAX_IMPORT_ROWS} actions are imported at once`,
      },
    ]);
  });

  it('skips empty rows and says so when the file holds no action', () => {
    expect(readPlanSheet(sheet([null, '', '  ']), context()).problems).toEqual([
      {
        row: null,
        column: null,
        cell: null,
        message: 'the file holds no action',
      },
    ]);
  });
});

describe('changedFields', () => {
  it('compares contributors and regions as sets, ignoring a contributor who becomes the lead', () => {
    expect(
      changedFields(
        action({ contributors: ['cep', 'afil'], regions: ['FRK', 'ITC4'] }),
        action({ contributors: ['cep'], regions: ['ITC4', 'FRK'] }),
      ),
    ).toEqual([]);
    expect(
      changedFields(action(), action({ dueDate: null, lead: 'cep' })),
    ).toEqual(['lead', 'contributors', 'dueDate']);
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [12, 'M'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i is %s', (index, letter) => expect(columnLetter(index)).toBe(letter));
});

describe('importGovernanceProblems', () => {
  const facts = (planAdopted: boolean): GovernanceFacts => ({
    partners: [
      { slug: 'afil', name: 'AFIL', retired: false },
      { slug: 'cep', name: 'CEP', retired: false },
    ],
    streams: [{ number: 1, title: 'Stream 1' }],
    actions: [
      {
        code: 'S1-01',
        lead: 'afil',
        stream: 1,
        phase: 'preparation',
        status: 'planned',
      },
      {
        code: 'S1-02',
        lead: 'cep',
        stream: 1,
        phase: 'preparation',
        status: 'planned',
      },
    ],
    planAdopted,
  });
  const reassign = readPlanSheet(
    sheet(
      planRowCells(action({ code: 'S1-01', lead: 'cep', contributors: [] })),
    ),
    context([action({ code: 'S1-01', contributors: [] })]),
  ).entries;

  it('refuses, after adoption, an import that leaves a partner leading nothing, naming the row', () => {
    expect(importGovernanceProblems(facts(true), reassign)).toEqual([
      {
        row: 2,
        column: null,
        cell: null,
        message:
          'The joint action plan is adopted: AFIL would lead no action any more (each partner leads at least one)',
      },
    ]);
  });

  it('allows it before adoption, and after adoption when a new row gives the partner an action', () => {
    expect(importGovernanceProblems(facts(false), reassign)).toEqual([]);
    const withNew = readPlanSheet(
      sheet(
        planRowCells(action({ code: 'S1-01', lead: 'cep', contributors: [] })),
        planRowCells(action({ code: 'S1-03' })),
      ),
      context([action({ code: 'S1-01', contributors: [] })]),
    ).entries;
    expect(importGovernanceProblems(facts(true), withNew)).toEqual([]);
  });
});
