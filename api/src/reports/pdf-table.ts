import { BOTTOM, CONTENT_WIDTH, MARGIN, type PageFlow, TOP } from './pdf-flow';
import type { TextMeasure } from './pdf-text';
import {
  type Cell,
  type ColumnKind,
  eurosText,
  type ReportSection,
} from './report-sections';

// A report section as a table: a header row repeated on every page, rows kept whole
// (only a row taller than a page continues on the next), text wrapped in its column.

const CELL_PADDING = 2;
const RULE_WIDTH = 0.5;
/** Above and below the text of a row: its rule and padding */
const ROW_SPACING = RULE_WIDTH + 2 * CELL_PADDING;
const TEXT_OFFSET = RULE_WIDTH + CELL_PADDING;
const RULE_COLOR = '#cccccc';
const HEADER_FILL = '#dce6f1';
const EMPTY_COLOR = '#888888';
const EMPTY = '—';
const RIGHT_ALIGNED: readonly ColumnKind[] = ['number', 'percent', 'euros'];

/** The text of a cell; null when the cell shows a dash */
function cellText(value: Cell, kind: ColumnKind): string | null {
  if (value === null || value === '') return null;
  if (typeof value === 'number' && kind === 'percent') return `${value}%`;
  if (typeof value === 'number' && kind === 'euros') return eurosText(value);
  return String(value);
}

interface Column {
  kind: ColumnKind;
  /** Left edge of the column's text */
  x: number;
  /** Width of the column's text */
  width: number;
  rightAligned: boolean;
}

export interface TableFonts {
  body: TextMeasure;
  header: TextMeasure;
}

export class PdfTable {
  private readonly columns: Column[];
  private readonly headerLines: string[][];
  private readonly headerHeight: number;
  /** Lines of text of each row, computed once for the two layout passes */
  private readonly rowLines: Uint16Array;
  private readonly tableWidth: number;

  constructor(
    private readonly section: ReportSection,
    private readonly fonts: TableFonts,
  ) {
    const total = section.columns.reduce((sum, c) => sum + c.width, 0);
    // Narrow tables keep their natural width; wide ones share the page.
    const scale = Math.min(CONTENT_WIDTH / total, 6);
    let x = MARGIN;
    this.columns = section.columns.map((column) => {
      const width = column.width * scale;
      const laidOut = {
        kind: column.kind,
        x: x + CELL_PADDING,
        width: width - 2 * CELL_PADDING,
        rightAligned: RIGHT_ALIGNED.includes(column.kind),
      };
      x += width;
      return laidOut;
    });
    this.tableWidth = x - MARGIN;
    this.headerLines = section.columns.map((column, i) =>
      fonts.header.lines(column.header, this.columns[i].width),
    );
    this.headerHeight =
      Math.max(...this.headerLines.map((lines) => lines.length)) *
        fonts.header.lineHeight +
      ROW_SPACING;
    this.rowLines = Uint16Array.from(section.rows, (row) =>
      Math.min(
        0xffff,
        Math.max(...row.map((value, i) => this.cellLines(value, i).length)),
      ),
    );
  }

  private cellLines(value: Cell, column: number): string[] {
    const { kind, width } = this.columns[column];
    const text = cellText(value, kind);
    return text === null ? [EMPTY] : this.fonts.body.lines(text, width);
  }

  private rowHeight(lines: number) {
    return lines * this.fonts.body.lineHeight + ROW_SPACING;
  }

  /** The header row and the first row: what a heading must not be parted from. */
  get openingHeight(): number {
    return this.headerHeight + this.rowHeight(this.rowLines[0] ?? 0);
  }

  flow(flow: PageFlow) {
    const { body } = this.fonts;
    const perPage = Math.max(
      1,
      Math.floor(
        (BOTTOM - TOP - this.headerHeight - ROW_SPACING) / body.lineHeight,
      ),
    );
    const roomOnPage = () =>
      Math.floor((BOTTOM - flow.y - ROW_SPACING) / body.lineHeight);
    const rules: number[] = [];
    const endOfPage = () => {
      rules.push(flow.y);
      this.drawRules(flow, rules);
      rules.length = 0;
    };
    const header = () => {
      rules.push(flow.y);
      this.drawHeader(flow);
      flow.y += this.headerHeight;
    };

    header();
    this.section.rows.forEach((row, index) => {
      const lines = this.rowLines[index];
      // Only a row taller than a page is split, starting where it is.
      if (lines > roomOnPage() && (lines <= perPage || roomOnPage() < 1)) {
        endOfPage();
        flow.newPage();
        header();
      }
      if (lines <= roomOnPage()) {
        rules.push(flow.y);
        this.drawRow(flow, row, 0, lines);
        return;
      }
      const cells = flow.painter
        ? row.map((value, i) => this.cellLines(value, i))
        : undefined;
      for (let from = 0; from < lines; ) {
        if (roomOnPage() < 1) {
          endOfPage();
          flow.newPage();
          header();
        }
        const count = Math.min(roomOnPage(), lines - from);
        rules.push(flow.y);
        this.drawRow(flow, row, from, count, cells);
        from += count;
      }
    });
    endOfPage();
  }

  private drawHeader(flow: PageFlow) {
    const painter = flow.painter;
    if (!painter) return;
    painter.flush();
    const { doc } = painter;
    doc.save();
    doc.rect(MARGIN, flow.y, this.tableWidth, this.headerHeight);
    doc.fill(HEADER_FILL);
    doc.restore();
    const { header } = this.fonts;
    this.columns.forEach((column, i) => {
      let y = flow.y + TEXT_OFFSET;
      for (const line of this.headerLines[i]) {
        const x = column.rightAligned
          ? column.x + column.width - header.width(line)
          : column.x;
        painter.text(line, x, y, header);
        y += header.lineHeight;
      }
    });
  }

  /** Draws lines [from, from + count) of a row at the cursor, and moves it below. */
  private drawRow(
    flow: PageFlow,
    row: Cell[],
    from: number,
    count: number,
    cells?: string[][],
  ) {
    const painter = flow.painter;
    const { body } = this.fonts;
    if (painter)
      this.columns.forEach((column, i) => {
        const lines = cells?.[i] ?? this.cellLines(row[i], i);
        const color =
          row[i] === null || row[i] === '' ? EMPTY_COLOR : undefined;
        let y = flow.y + TEXT_OFFSET;
        for (const line of lines.slice(from, from + count)) {
          const x = column.rightAligned
            ? column.x + column.width - body.width(line)
            : column.x;
          painter.text(line, x, y, body, color);
          y += body.lineHeight;
        }
      });
    flow.y += this.rowHeight(count);
  }

  private drawRules(flow: PageFlow, ys: number[]) {
    const painter = flow.painter;
    if (!painter) return;
    painter.flush();
    const { doc } = painter;
    doc.save();
    doc.lineWidth(RULE_WIDTH);
    for (const y of ys) {
      doc.moveTo(MARGIN, y);
      doc.lineTo(MARGIN + this.tableWidth, y);
    }
    doc.stroke(RULE_COLOR);
    doc.restore();
  }
}
