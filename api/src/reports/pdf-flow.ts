import type PDFDocument from 'pdfkit';
import { pdfNumber, type TextMeasure } from './pdf-text';

// Content flowing down A4 landscape pages. The report is laid out twice with the same
// code: once without drawing, to count the pages for "Page n of m", then for real, each
// page written out as soon as it is full, so memory does not grow with the report.

export const PAGE_WIDTH = 841.89;
export const PAGE_HEIGHT = 595.28;
export const MARGIN = 40;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
export const TOP = MARGIN;
export const BOTTOM = PAGE_HEIGHT - MARGIN;

const BLACK = '#000000';

export type PdfDocument = typeof PDFDocument;

/**
 * Draws text on a pdfkit document: the lines drawn one after the other go into one PDF
 * text object, written when other drawing comes (flush) or the page ends.
 */
export class PdfPainter {
  private operators: string[] = [];
  private color?: string;

  constructor(readonly doc: PdfDocument) {}

  text(
    text: string,
    x: number,
    y: number,
    measure: TextMeasure,
    color = BLACK,
  ) {
    const { fonts } = this.doc.page as unknown as {
      fonts: Record<string, unknown>;
    };
    fonts[measure.face.id] ??= measure.face.ref();
    if (this.color !== color) {
      this.operators.push(`${rgb(color)} rg`);
      this.color = color;
    }
    this.operators.push(measure.showText(text, x, y));
  }

  /** Writes the text drawn so far, before drawing anything else. */
  flush() {
    if (this.operators.length)
      this.doc.addContent(`BT\n${this.operators.join('\n')}\nET`);
    this.operators = [];
    this.color = undefined;
  }
}

const rgb = (hex: string) =>
  [1, 3, 5]
    .map((i) => pdfNumber(parseInt(hex.slice(i, i + 2), 16) / 255))
    .join(' ');

export class PageFlow {
  page = 1;
  y = TOP;

  /**
   * @param painter null to lay out without drawing
   * @param footer drawn on each page once it is full
   */
  constructor(
    readonly painter: PdfPainter | null,
    private readonly footer: (page: number) => void = () => undefined,
  ) {}

  /** Starts a new page unless height fits below the cursor or the page is still empty. */
  keep(height: number) {
    if (this.y + height > BOTTOM && this.y > TOP) this.newPage();
  }

  newPage() {
    if (this.painter) {
      this.footer(this.page);
      this.painter.flush();
      this.painter.doc.addPage();
    }
    this.page++;
    this.y = TOP;
  }

  end() {
    if (this.painter) {
      this.footer(this.page);
      this.painter.flush();
    }
  }
}

/** A paragraph wrapped to a width, with space above and below. */
export class TextBlock {
  private readonly lines: string[];

  constructor(
    private readonly measure: TextMeasure,
    text: string,
    private readonly style: {
      color?: string;
      marginTop?: number;
      marginBottom?: number;
    } = {},
  ) {
    this.lines = measure.lines(text, CONTENT_WIDTH);
  }

  get height(): number {
    const { marginTop = 0, marginBottom = 0 } = this.style;
    return (
      marginTop + this.lines.length * this.measure.lineHeight + marginBottom
    );
  }

  /** Draws at the cursor (if drawing) and moves it below. */
  flow(flow: PageFlow) {
    const { lineHeight } = this.measure;
    flow.y += this.style.marginTop ?? 0;
    for (const line of this.lines) {
      flow.painter?.text(line, MARGIN, flow.y, this.measure, this.style.color);
      flow.y += lineHeight;
    }
    flow.y += this.style.marginBottom ?? 0;
  }
}
