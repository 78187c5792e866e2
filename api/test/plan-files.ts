import ExcelJS from 'exceljs';
import {
  addCalendarDays,
  brusselsDate,
  PLAN_COLUMNS,
  type PlanRow,
  planRowCells,
} from '@ws/domain';
import { DEMO_PLAN } from '../src/demo/demo-plan';
import type { AuthedClient } from './test-app';

export const HEADER = PLAN_COLUMNS.map((c) => c.header);

/** The demo plan as rows of the plan sheet, dated from the given day. */
export function demoPlanRows(today: Date): PlanRow[] {
  const day = (offset: number) => addCalendarDays(brusselsDate(today), offset);
  return DEMO_PLAN.map((action) => {
    const last = action.updates[action.updates.length - 1];
    return {
      code: action.code,
      title: action.title,
      stream: Number(action.code.slice(1, 2)) as PlanRow['stream'],
      phase: action.phase,
      lead: action.lead,
      contributors: action.contributors,
      regions: action.regions,
      startDate: day(action.start),
      dueDate: day(action.due),
      status: last?.status ?? 'planned',
      progress: last?.progress ?? 0,
      health: last?.health ?? 'green',
      description: action.description,
    };
  });
}

/** Writes rows into the plan sheet of a workbook (the template, or a new one). */
export async function xlsxWith(
  rows: readonly (readonly ExcelJS.CellValue[])[],
  base?: Buffer,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (base) await workbook.xlsx.load(base as unknown as ArrayBuffer);
  const sheet =
    workbook.getWorksheet('Action plan') ??
    workbook.addWorksheet('Action plan');
  if (!base) sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const csvOf = (rows: readonly (readonly unknown[])[], delimiter = ',') =>
  Buffer.from(
    rows
      .map((row) =>
        row
          .map((cell) => {
            const text =
              cell === null || cell === undefined ? '' : String(cell);
            return /[",;\n]/.test(text)
              ? `"${text.replace(/"/g, '""')}"`
              : text;
          })
          .join(delimiter),
      )
      .join('\r\n'),
  );

export const rowsOf = (actions: readonly PlanRow[]) =>
  actions.map(planRowCells);

/** Reads the plan sheet of a downloaded workbook back as plain rows. */
export async function sheetRows(body: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.getWorksheet('Action plan')?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

export async function download(
  client: AuthedClient,
  path: string,
): Promise<Buffer> {
  const response = await client
    .get(path)
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  if (response.status !== 200)
    throw new Error(`GET ${path} answered ${response.status}`);
  return response.body as Buffer;
}

export const upload = (client: AuthedClient, content: Buffer, name: string) =>
  client.post('/api/imports').attach('file', content, name);
