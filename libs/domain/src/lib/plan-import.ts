import {
  ACTION_STATUSES,
  type ActionStatus,
  HEALTHS,
  type Health,
  statusUpdateProblems,
} from './actions';
import { isCalendarDate } from './calendar';
import { type GovernanceFacts, partnersLeftWithoutAction } from './governance';
import { PHASE_KEYS, type PhaseKey } from './reference/phases';
import { STREAM_NUMBERS, type StreamNumber } from './reference/streams';

// The action plan as a spreadsheet: one row per action, one column per field. The
// same columns serve the template, the export and the import, so that an exported
// plan imported again changes nothing.

export const ACTION_CODE_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
export const MAX_ACTION_CODE_LENGTH = 20;
export const MAX_ACTION_TITLE_LENGTH = 200;
export const MAX_ACTION_DESCRIPTION_LENGTH = 20000;
/** Rows of actions one file may hold (the header row aside). */
export const MAX_IMPORT_ROWS = 500;

export const PLAN_COLUMNS = [
  { key: 'code', header: 'Code', width: 10 },
  { key: 'title', header: 'Title', width: 48 },
  { key: 'stream', header: 'Stream', width: 8 },
  { key: 'phase', header: 'Phase', width: 15 },
  { key: 'lead', header: 'Lead partner', width: 22 },
  { key: 'contributors', header: 'Contributors', width: 40 },
  { key: 'regions', header: 'Regions', width: 22 },
  { key: 'startDate', header: 'Start date', width: 12 },
  { key: 'dueDate', header: 'Due date', width: 12 },
  { key: 'status', header: 'Status', width: 13 },
  { key: 'progress', header: 'Progress', width: 10 },
  { key: 'health', header: 'Health', width: 9 },
  { key: 'description', header: 'Description', width: 80 },
] as const;
export type PlanField = (typeof PLAN_COLUMNS)[number]['key'];
const REQUIRED_COLUMNS: readonly PlanField[] = [
  'code',
  'title',
  'stream',
  'phase',
  'lead',
];

/** One action as a row of the plan. */
export interface PlanRow {
  code: string;
  title: string;
  stream: StreamNumber;
  phase: PhaseKey;
  lead: string;
  contributors: string[];
  regions: string[];
  startDate: string | null;
  dueDate: string | null;
  status: ActionStatus;
  progress: number;
  health: Health;
  description: string;
}

/** A cell as a spreadsheet reader hands it over; a formula is never evaluated. */
export type SheetCell = string | number | boolean | Date | null | SheetFormula;
export interface SheetFormula {
  formula: string;
}

export interface ImportProblem {
  /** Spreadsheet row number (the header is row 1); null for the file as a whole */
  row: number | null;
  /** Header of the column at fault, when one is */
  column: string | null;
  /** Cell reference such as E7, when one is */
  cell: string | null;
  message: string;
}

export type ImportChange = 'create' | 'update' | 'unchanged';

export interface ImportEntry {
  row: number;
  code: string;
  change: ImportChange;
  /** The fields an update changes */
  fields: PlanField[];
  action: PlanRow;
}

export interface PlanImportContext {
  partners: readonly { slug: string; retired: boolean }[];
  regions: readonly string[];
  /** The live actions of the plan, by code */
  existing: ReadonlyMap<string, PlanRow>;
}

export interface PlanImportResult {
  entries: ImportEntry[];
  problems: ImportProblem[];
}

/** The column letter of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const normalisedHeader = (value: string) =>
  value.toLowerCase().replace(/[^a-z]/g, '');
const HEADER_KEYS = new Map<string, PlanField>(
  PLAN_COLUMNS.flatMap((c) => [
    [normalisedHeader(c.header), c.key],
    [normalisedHeader(c.key), c.key],
  ]),
);

const isFormula = (cell: SheetCell): cell is SheetFormula =>
  typeof cell === 'object' && cell !== null && !(cell instanceof Date);

/** A cell as trimmed text; dates as YYYY-MM-DD (spreadsheets store them as UTC midnight). */
function cellText(cell: SheetCell): string {
  if (cell === null || isFormula(cell)) return '';
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

const listOf = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Reads the rows of a plan sheet (the header first) into the actions it creates or
 * updates, and every problem with its row and column. Nothing is applied here.
 */
export function readPlanSheet(
  rows: readonly (readonly SheetCell[])[],
  context: PlanImportContext,
): PlanImportResult {
  const problems: ImportProblem[] = [];
  const fileProblem = (message: string) =>
    problems.push({ row: null, column: null, cell: null, message });
  const header = rows[0] ?? [];
  const columns = new Map<PlanField, number>();
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (!text) return;
    const key = HEADER_KEYS.get(normalisedHeader(text));
    if (!key)
      problems.push({
        row: 1,
        column: text,
        cell: `${columnLetter(index)}1`,
        message: `unknown column "${text}"`,
      });
    else if (columns.has(key))
      problems.push({
        row: 1,
        column: text,
        cell: `${columnLetter(index)}1`,
        message: `the column "${text}" appears twice`,
      });
    else columns.set(key, index);
  });
  const missing = REQUIRED_COLUMNS.filter((key) => !columns.has(key));
  if (missing.length)
    fileProblem(
      `missing column${missing.length > 1 ? 's' : ''} ${missing
        .map((key) => headerOf(key))
        .join(', ')}`,
    );
  const dataRows = rows.slice(1);
  if (dataRows.length > MAX_IMPORT_ROWS)
    fileProblem(
      `the file has ${dataRows.length} rows; at most ${MAX_IMPORT_ROWS} actions are imported at once`,
    );
  if (problems.length) return { entries: [], problems };

  const partners = new Map(context.partners.map((p) => [p.slug, p]));
  const regions = new Set(context.regions);
  const seenCodes = new Map<string, number>();
  const entries: ImportEntry[] = [];
  dataRows.forEach((cells, offset) => {
    const row = offset + 2;
    if (cells.every((cell) => cellText(cell) === '' && !isFormula(cell)))
      return;
    const rowProblems: ImportProblem[] = [];
    const problem = (key: PlanField, message: string) =>
      rowProblems.push({
        row,
        column: headerOf(key),
        cell: `${columnLetter(columns.get(key) ?? 0)}${row}`,
        message,
      });
    const text = (key: PlanField): string => {
      const index = columns.get(key);
      if (index === undefined) return '';
      const cell = cells[index] ?? null;
      if (isFormula(cell)) {
        problem(key, 'formulas are not accepted; type the value itself');
        return '';
      }
      return cellText(cell);
    };

    const code = text('code').toUpperCase();
    if (!code) problem('code', 'the code is required');
    else if (
      !ACTION_CODE_PATTERN.test(code) ||
      code.length > MAX_ACTION_CODE_LENGTH
    )
      problem(
        'code',
        `"${code}" is not a code: letters, digits and hyphens, at most ${MAX_ACTION_CODE_LENGTH}, such as S3-04`,
      );
    else if (seenCodes.has(code))
      problem(
        'code',
        `duplicate code ${code} (already on row ${seenCodes.get(code)})`,
      );
    else seenCodes.set(code, row);

    const title = text('title');
    if (!title) problem('title', 'the title is required');
    else if (title.length > MAX_ACTION_TITLE_LENGTH)
      problem(
        'title',
        `the title has more than ${MAX_ACTION_TITLE_LENGTH} characters`,
      );

    const streamText = text('stream');
    const stream = STREAM_NUMBERS.find(
      (n) => String(n) === streamText.replace(/^S/i, ''),
    );
    if (!stream)
      problem(
        'stream',
        streamText
          ? `"${streamText}" is not a stream; use a number from 1 to 5`
          : 'the stream is required',
      );

    const phaseText = text('phase').toLowerCase();
    const phase = PHASE_KEYS.find((key) => key === phaseText);
    if (!phase)
      problem(
        'phase',
        phaseText
          ? `"${phaseText}" is not a phase; use ${PHASE_KEYS.join(', ')}`
          : 'the phase is required',
      );

    const existing = context.existing.get(code);
    const lead = text('lead').toLowerCase();
    if (!lead) problem('lead', 'the lead partner is required');
    else if (!partners.has(lead)) problem('lead', `unknown partner "${lead}"`);
    else if (partners.get(lead)?.retired && existing?.lead !== lead)
      problem('lead', `${lead} is retired and leads nothing new`);

    const contributors = listOf(text('contributors').toLowerCase());
    const unknownContributors = contributors.filter((s) => !partners.has(s));
    if (unknownContributors.length)
      problem(
        'contributors',
        `unknown partner${unknownContributors.length > 1 ? 's' : ''} ${unknownContributors.map((s) => `"${s}"`).join(', ')}`,
      );

    const regionCodes = listOf(text('regions').toUpperCase());
    const unknownRegions = regionCodes.filter((c) => !regions.has(c));
    if (unknownRegions.length)
      problem(
        'regions',
        `unknown region${unknownRegions.length > 1 ? 's' : ''} ${unknownRegions.map((c) => `"${c}"`).join(', ')}`,
      );

    const date = (key: 'startDate' | 'dueDate'): string | null => {
      const value = text(key);
      if (!value) return null;
      if (isCalendarDate(value)) return value;
      problem(key, `"${value}" is not a date written YYYY-MM-DD`);
      return null;
    };
    const startDate = date('startDate');
    const dueDate = date('dueDate');
    if (startDate && dueDate && dueDate < startDate)
      problem('dueDate', 'the due date is before the start date');

    const statusText = text('status')
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    const status = statusText
      ? ACTION_STATUSES.find((s) => s === statusText)
      : 'planned';
    if (!status)
      problem(
        'status',
        `"${text('status')}" is not a status; use ${ACTION_STATUSES.join(', ')}`,
      );

    const progressText = text('progress').replace(/\s*%$/, '');
    const progress = progressText
      ? Number(progressText)
      : status === 'completed'
        ? 100
        : 0;
    if (!Number.isInteger(progress) || progress < 0 || progress > 100)
      problem(
        'progress',
        `"${progressText}" is not a progress; use a whole number from 0 to 100`,
      );

    const healthText = text('health').toLowerCase();
    const health = healthText ? HEALTHS.find((h) => h === healthText) : 'green';
    if (!health)
      problem(
        'health',
        `"${healthText}" is not a health; use ${HEALTHS.join(', ')}`,
      );

    const description = text('description');
    if (description.length > MAX_ACTION_DESCRIPTION_LENGTH)
      problem(
        'description',
        `the description has more than ${MAX_ACTION_DESCRIPTION_LENGTH} characters`,
      );

    if (status && health && Number.isInteger(progress)) {
      // The import journals its status changes with a comment of its own, so only
      // the rules a comment cannot satisfy remain.
      for (const p of statusUpdateProblems(
        existing ?? { status: 'planned' },
        { status, progress, health, comment: 'imported' },
        'coordinator',
      ))
        problem(p.field === 'status' ? 'status' : 'progress', p.problem);
    }
    problems.push(...rowProblems);
    if (rowProblems.length || !stream || !phase || !status || !health) return;

    const action: PlanRow = {
      code,
      title,
      stream,
      phase,
      lead,
      contributors: [...new Set(contributors)].filter((s) => s !== lead),
      regions: [...new Set(regionCodes)],
      startDate,
      dueDate,
      status,
      progress,
      health,
      description,
    };
    const fields = existing ? changedFields(existing, action) : [];
    entries.push({
      row,
      code,
      change: !existing ? 'create' : fields.length ? 'update' : 'unchanged',
      fields,
      action,
    });
  });
  if (!entries.length && !problems.length)
    fileProblem('the file holds no action');
  return { entries, problems };
}

function headerOf(key: PlanField): string {
  return PLAN_COLUMNS.find((c) => c.key === key)?.header ?? key;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

/** The fields of an action a row changes; contributors and regions compare as sets. */
export function changedFields(before: PlanRow, after: PlanRow): PlanField[] {
  return PLAN_COLUMNS.map((c) => c.key).filter((key) => {
    const [a, b] = [before[key], after[key]];
    if (Array.isArray(a) && Array.isArray(b))
      return key === 'contributors'
        ? !sameSet(
            a.filter((s) => s !== after.lead),
            b,
          )
        : !sameSet(a, b);
    return a !== b;
  });
}

/** The row of the plan sheet that holds an action, in the order of PLAN_COLUMNS. */
export function planRowCells(action: PlanRow): (string | number | null)[] {
  return PLAN_COLUMNS.map(({ key }) => {
    const value = action[key];
    return Array.isArray(value) ? value.join(', ') : value;
  });
}

/**
 * SPEC §3, checked before anything is applied: once the plan is adopted, an import
 * may not leave an active partner leading no live action. One problem per partner.
 */
export function importGovernanceProblems(
  facts: GovernanceFacts,
  entries: readonly ImportEntry[],
): ImportProblem[] {
  if (!facts.planAdopted) return [];
  const byCode = new Map(entries.map((e) => [e.code, e.action]));
  const after: GovernanceFacts = {
    ...facts,
    actions: [
      ...facts.actions.map((a) => {
        const row = byCode.get(a.code);
        return row
          ? {
              code: a.code,
              lead: row.lead,
              stream: row.stream,
              phase: row.phase,
              status: row.status,
            }
          : a;
      }),
      ...entries
        .filter((e) => e.change === 'create')
        .map(({ action: a }) => ({
          code: a.code,
          lead: a.lead,
          stream: a.stream,
          phase: a.phase,
          status: a.status,
        })),
    ],
  };
  return partnersLeftWithoutAction(facts, after).map((slug) => {
    const name = facts.partners.find((p) => p.slug === slug)?.name ?? slug;
    const row =
      entries.find(
        (e) =>
          e.change === 'update' &&
          facts.actions.some((a) => a.code === e.code && a.lead === slug),
      )?.row ?? null;
    return {
      row,
      column: null,
      cell: null,
      message: `The joint action plan is adopted: ${name} would lead no action any more (each partner leads at least one)`,
    };
  });
}

/** GET/POST /api/imports: what applying a file would do. */
export interface ImportPreviewView {
  id: string;
  fileName: string;
  expiresAt: string;
  /** True when the file has no problem and changes something */
  applicable: boolean;
  summary: {
    create: number;
    update: number;
    unchanged: number;
    problems: number;
  };
  rows: {
    row: number;
    code: string;
    title: string;
    change: ImportChange;
    changes: { field: PlanField; before: unknown; after: unknown }[];
  }[];
  problems: ImportProblem[];
}

/** POST /api/imports/:id/apply */
export interface ImportResultView {
  created: string[];
  updated: string[];
}
