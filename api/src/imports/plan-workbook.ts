import ExcelJS from 'exceljs';
import {
  ACTION_STATUSES,
  columnLetter,
  HEALTHS,
  MAX_IMPORT_ROWS,
  PHASE_KEYS,
  PLAN_COLUMNS,
  type PlanField,
  type PlanRow,
  planRowCells,
} from '@ws/domain';
import { excelDate } from '../reports/render-xlsx';

export const PLAN_SHEET = 'Action plan';
const LISTS_SHEET = 'Lists';
const DATE_COLUMNS: readonly PlanField[] = ['startDate', 'dueDate'];

export interface PlanLists {
  streams: readonly { number: number; title: string }[];
  /** Active partners, who may lead */
  partners: readonly { slug: string; name: string }[];
  regions: readonly { code: string; name: string }[];
}

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDCE6F1' },
};

/** Not in exceljs' typings, but written by it: a validation over a whole range. */
interface RangeValidations {
  dataValidations: {
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
}

/**
 * The plan in the template format: one sheet of actions (empty for the template) and
 * a sheet of the values the list columns accept, which their data validation uses.
 */
export async function planWorkbook(
  actions: readonly PlanRow[],
  lists: PlanLists,
  partnershipName: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = partnershipName;
  workbook.title = `${partnershipName} — joint action plan`;
  const sheet = workbook.addWorksheet(PLAN_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = PLAN_COLUMNS.map(({ key, header, width }) => ({
    key,
    header,
    width,
    style: DATE_COLUMNS.includes(key) ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  sheet.autoFilter = { from: 'A1', to: `${columnOf('description')}1` };
  for (const action of actions) {
    sheet.addRow(
      planRowCells(action).map((value, index) =>
        DATE_COLUMNS.includes(PLAN_COLUMNS[index].key) &&
        typeof value === 'string'
          ? excelDate(value)
          : value,
      ),
    );
  }

  const listSheet = workbook.addWorksheet(LISTS_SHEET);
  const listColumns: [
    string,
    PlanField | null,
    readonly (readonly string[])[],
  ][] = [
    ['Stream', 'stream', lists.streams.map((s) => [String(s.number), s.title])],
    ['Phase', 'phase', PHASE_KEYS.map((key) => [key])],
    ['Lead partner', 'lead', lists.partners.map((p) => [p.slug, p.name])],
    ['Status', 'status', ACTION_STATUSES.map((key) => [key])],
    ['Health', 'health', HEALTHS.map((key) => [key])],
    ['Region', null, lists.regions.map((r) => [r.code, r.name])],
  ];
  let column = 1;
  for (const [title, field, values] of listColumns) {
    listSheet.getColumn(column).width = 16;
    listSheet.getColumn(column + 1).width = 40;
    listSheet.getCell(1, column).value = title;
    listSheet.getCell(1, column).font = { bold: true };
    values.forEach(([value, label], index) => {
      listSheet.getCell(index + 2, column).value =
        field === 'stream' ? Number(value) : value;
      if (label) listSheet.getCell(index + 2, column + 1).value = label;
    });
    if (field) {
      const source = `${LISTS_SHEET}!$${columnLetter(column - 1)}$2:$${columnLetter(column - 1)}$${values.length + 1}`;
      const target = columnOf(field);
      (sheet as unknown as RangeValidations).dataValidations.add(
        `${target}2:${target}${MAX_IMPORT_ROWS + 1}`,
        {
          type: 'list',
          allowBlank: field === 'status' || field === 'health',
          formulae: [source],
          showErrorMessage: true,
          errorTitle: title,
          error: `Pick a value from the ${LISTS_SHEET} sheet`,
        },
      );
    }
    column += 3;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const columnOf = (field: PlanField) =>
  columnLetter(PLAN_COLUMNS.findIndex((c) => c.key === field));
