import { stringify } from 'csv-stringify/sync';
import type { ProgressReport } from './progress-report';
import { reportSections } from './report-sections';

export const CSV_DELIMITER = ';';

// A spreadsheet runs a cell starting with one of these as a formula (CSV injection);
// a leading apostrophe makes it text. Numbers are never touched.
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseFormula = (value: string) =>
  FORMULA_START.test(value) ? `'${value}` : value;

/** One row per action with its figures (the report's "Actions" table). */
export function renderCsv(report: ProgressReport): Buffer {
  const actions = reportSections(report).find((s) => s.title === 'Actions');
  if (!actions) throw new Error('The report has no actions table');
  const rows = actions.rows.map((row) =>
    row.map((cell) =>
      typeof cell === 'string' ? neutraliseFormula(cell) : cell,
    ),
  );
  return Buffer.from(
    stringify(rows, {
      bom: true,
      header: true,
      columns: actions.columns.map((column) => column.header),
      delimiter: CSV_DELIMITER,
      record_delimiter: 'windows',
    }),
    'utf8',
  );
}
