import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { centsToEuros } from '@ws/domain';
import type { ProgressReport } from './progress-report';
import {
  type Cell,
  type ReportColumn,
  reportSections,
} from './report-sections';

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDCE6F1' },
};

// exceljs writes dates as UTC midnight; built this way a calendar date stays that date.
export const excelDate = (value: string) => {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
};

// Amounts are added up in whole cents; the sheet shows each one as euros with its cents.
const excelValue = (cell: Cell, column: ReportColumn): ExcelJS.CellValue =>
  cell !== null && column.kind === 'date' && typeof cell === 'string'
    ? excelDate(cell)
    : typeof cell === 'number' && column.kind === 'euros'
      ? centsToEuros(cell)
      : cell;

const NUMBER_FORMATS: Partial<Record<ReportColumn['kind'], string>> = {
  date: 'yyyy-mm-dd',
  percent: '0.0',
  number: '0',
  euros: '#,##0.00 "€"',
};

// Written as a stream, each row committed as it is added: a plan of ten thousand
// actions never sits in memory as a whole workbook.
export async function renderXlsx(report: ProgressReport): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
  });
  workbook.creator = report.partnership;
  workbook.created = new Date(report.generatedAt);
  // The streaming writer writes the title it finds, though its type does not declare one.
  Object.assign(workbook, {
    title: `Progress report ${report.from} to ${report.to}`,
  });

  const cover = workbook.addWorksheet('Report');
  cover.columns = [{ width: 18 }, { width: 60 }];
  for (const row of [
    ['Partnership', report.partnership],
    ['Report', 'Progress report'],
    ['From', excelDate(report.from)],
    ['To', excelDate(report.to)],
    ['Generated', `${report.generatedAtLocal} (Brussels time)`],
  ])
    cover.addRow(row);
  cover.getColumn(1).font = { bold: true };
  for (const row of [3, 4]) cover.getCell(row, 2).numFmt = 'yyyy-mm-dd';
  cover.getColumn(2).alignment = { horizontal: 'left' };

  for (const section of reportSections(report)) {
    const sheet = workbook.addWorksheet(section.title, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = section.columns.map((column) => ({
      header: column.header,
      width: Math.max(column.width, column.header.length + 2),
      style: NUMBER_FORMATS[column.kind]
        ? { numFmt: NUMBER_FORMATS[column.kind] }
        : {},
    }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.fill = HEADER_FILL;
    header.alignment = { vertical: 'middle', wrapText: true };
    if (section.rows.length) {
      for (const row of section.rows)
        sheet
          .addRow(row.map((cell, i) => excelValue(cell, section.columns[i])))
          .commit();
      sheet.autoFilter = {
        from: { row: 1, column: 1 },
        to: { row: 1, column: section.columns.length },
      };
    } else {
      sheet.addRow([section.empty]);
    }
    sheet.commit();
  }
  cover.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
