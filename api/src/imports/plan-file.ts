import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { MAX_IMPORT_ROWS, type SheetCell } from '@ws/domain';
import { PLAN_SHEET } from './plan-workbook';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
// An XLSX is a zip: its parts are checked before anything is inflated, so that a
// small file cannot unfold into gigabytes.
const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 200;
const MAX_COMPRESSION_RATIO = 200;
const MAX_COLUMNS = 40;

export type PlanFileKind = 'xlsx' | 'csv';

/** A file that cannot be read as an action plan; the message says why. */
export class UnreadablePlanFile extends Error {}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The kind of an uploaded file, from its name and its first bytes; null when neither. */
export function planFileKind(
  name: string,
  content: Buffer,
): PlanFileKind | null {
  const extension = name.toLowerCase().split('.').pop();
  if (extension === 'xlsx')
    return content.subarray(0, 4).equals(ZIP_SIGNATURE) ? 'xlsx' : null;
  if (extension === 'csv' || extension === 'txt')
    return isText(content) ? 'csv' : null;
  return null;
}

function isText(content: Buffer): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

/** The cells of the plan sheet, row by row, the header first; trailing empty rows dropped. */
export async function readPlanFile(
  kind: PlanFileKind,
  content: Buffer,
): Promise<SheetCell[][]> {
  const rows =
    kind === 'xlsx' ? await readXlsx(content) : await readCsv(content);
  while (
    rows.length &&
    rows[rows.length - 1].every((cell) => cell === null || cell === '')
  )
    rows.pop();
  return rows;
}

async function readXlsx(content: Buffer): Promise<SheetCell[][]> {
  checkZip(content);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new UnreadablePlanFile('the file is not a readable XLSX workbook');
  }
  const sheet = workbook.getWorksheet(PLAN_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw new UnreadablePlanFile('the workbook has no sheet');
  if (sheet.actualColumnCount > MAX_COLUMNS)
    throw new UnreadablePlanFile(
      `the sheet has ${sheet.actualColumnCount} columns; a plan has at most ${MAX_COLUMNS}`,
    );
  // The domain rules name the row limit; this only stops reading a huge sheet cell by cell.
  if (sheet.actualRowCount > 2 * MAX_IMPORT_ROWS)
    throw new UnreadablePlanFile(
      `the sheet has ${sheet.actualRowCount} rows; at most ${MAX_IMPORT_ROWS} actions are imported at once`,
    );
  const rows: SheetCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: SheetCell[] = [];
    for (let column = 1; column <= sheet.columnCount; column++)
      cells.push(sheetCell(row.getCell(column).value));
    rows[number - 1] = cells;
  });
  return Array.from(rows, (row) => row ?? []);
}

function sheetCell(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  )
    return value;
  if ('formula' in value || 'sharedFormula' in value)
    return {
      formula: String('formula' in value ? value.formula : value.sharedFormula),
    };
  if ('richText' in value)
    return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/**
 * Reads the zip's central directory (the list of its parts with their sizes) and
 * refuses a workbook whose parts would inflate beyond the limits.
 */
function checkZip(content: Buffer): void {
  const endRecord = content.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endRecord < 0 || endRecord + 22 > content.length)
    throw new UnreadablePlanFile('the file is not a readable XLSX workbook');
  const entries = content.readUInt16LE(endRecord + 10);
  let offset = content.readUInt32LE(endRecord + 16);
  if (entries > MAX_ZIP_ENTRIES)
    throw new UnreadablePlanFile(
      `the workbook has ${entries} parts; a plan needs far fewer`,
    );
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (
      offset + 46 > content.length ||
      content.readUInt32LE(offset) !== 0x02014b50
    )
      throw new UnreadablePlanFile('the file is not a readable XLSX workbook');
    const compressed = content.readUInt32LE(offset + 20);
    const size = content.readUInt32LE(offset + 24);
    total += size;
    if (
      total > MAX_UNZIPPED_BYTES ||
      size > Math.max(compressed, 1) * MAX_COMPRESSION_RATIO
    )
      throw new UnreadablePlanFile(
        'the workbook unpacks to far more than a plan can hold; it is refused',
      );
    offset +=
      46 +
      content.readUInt16LE(offset + 28) +
      content.readUInt16LE(offset + 30) +
      content.readUInt16LE(offset + 32);
  }
}

async function readCsv(content: Buffer): Promise<SheetCell[][]> {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // Spreadsheets in French, German or Italian save CSV with semicolons.
  const delimiter = [',', ';', '\t'].reduce((best, candidate) =>
    firstLine.split(candidate).length > firstLine.split(best).length
      ? candidate
      : best,
  );
  const workbook = new ExcelJS.Workbook();
  try {
    const sheet = await workbook.csv.read(Readable.from([text]), {
      sheetName: PLAN_SHEET,
      dateFormats: [],
      parserOptions: { delimiter },
      map: (value: string) => value,
    });
    const rows: SheetCell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const values = (row.values as unknown[]).slice(1);
      // CSV holds no formulas; text a spreadsheet would run as one is treated as one.
      rows[number - 1] = values.map((value) =>
        typeof value !== 'string'
          ? null
          : value.trimStart().startsWith('=')
            ? { formula: value.trim().slice(1) }
            : value,
      );
    });
    return Array.from(rows, (row) => row ?? []);
  } catch {
    throw new UnreadablePlanFile('the file is not readable CSV');
  }
}
