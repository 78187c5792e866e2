import type { PdfDocument } from './pdf-flow';

// Text in the report's fonts: widths, glyph codes and line breaks.
//
// pdfkit's text() lays out (shapes) every string it measures or draws and keeps each
// layout for the life of the document: slow and heavy for the hundreds of thousands of
// cells of a large report. Here each distinct word is laid out once per font, whatever
// the size, and kept as its width and the PDF operand that shows it. A table is
// measured twice (to paginate, then to draw) with this one line-breaking algorithm, so
// both passes agree.

/** The parts of pdfkit's embedded font used here */
interface EmbeddedFont {
  id: string;
  /** In thousandths of the font size, above the baseline */
  ascender: number;
  lineHeight(size: number, includeGap?: boolean): number;
  /** Glyph codes (hex) and positions, in thousandths of the font size */
  encode(
    text: string,
  ): [string[], { xAdvance: number; advanceWidth: number }[]];
  ref(): unknown;
}

interface LaidOutWord {
  /** In thousandths of the font size */
  advance: number;
  /** Operand of TJ */
  glyphs: string;
}

/** A font registered with the document, and the words laid out in it. */
export class FontFace {
  private readonly embedded: EmbeddedFont;
  private readonly words = new Map<string, LaidOutWord>();

  constructor(doc: PdfDocument, name: string) {
    doc.font(name);
    this.embedded = (doc as unknown as { _font: EmbeddedFont })._font;
  }

  get id() {
    return this.embedded.id;
  }

  /** The font resource, for each page that uses the font */
  ref() {
    return this.embedded.ref();
  }

  word(word: string): LaidOutWord {
    let laidOut = this.words.get(word);
    if (laidOut === undefined) {
      const [codes, positions] = this.embedded.encode(word);
      const segments: string[] = [];
      let advance = 0;
      let last = 0;
      positions.forEach((position, i) => {
        advance += position.xAdvance;
        const kerning = position.xAdvance - position.advanceWidth;
        if (kerning !== 0 || i === positions.length - 1) {
          segments.push(
            `<${codes.slice(last, i + 1).join('')}> ${pdfNumber(-kerning)}`,
          );
          last = i + 1;
        }
      });
      laidOut = { advance, glyphs: segments.join(' ') };
      this.words.set(word, laidOut);
    }
    return laidOut;
  }

  ascent(size: number) {
    return (this.embedded.ascender / 1000) * size;
  }

  lineHeight(size: number) {
    return this.embedded.lineHeight(size, true);
  }
}

/** Text in one font and size */
export class TextMeasure {
  readonly lineHeight: number;
  /** From the top of a line to its baseline */
  private readonly ascent: number;
  private readonly spaceWidth: number;

  constructor(
    readonly face: FontFace,
    readonly size: number,
  ) {
    this.lineHeight = face.lineHeight(size);
    this.ascent = face.ascent(size);
    this.spaceWidth = this.wordWidth(' ');
  }

  private wordWidth(word: string): number {
    return (this.face.word(word).advance * this.size) / 1000;
  }

  /** Width of one line of text */
  width(line: string): number {
    let width = 0;
    let start = 0;
    for (;;) {
      const space = line.indexOf(' ', start);
      const end = space === -1 ? line.length : space;
      if (end > start) width += this.wordWidth(line.slice(start, end));
      if (space === -1) return width;
      width += this.spaceWidth;
      start = space + 1;
    }
  }

  /** The lines of text within maxWidth: breaks at spaces, and inside words too long for a line. */
  lines(text: string, maxWidth: number): string[] {
    if (!text.includes('\n') && this.width(text) <= maxWidth) return [text];
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(' ')) {
        const width = this.wordWidth(word);
        if (line && lineWidth + this.spaceWidth + width <= maxWidth) {
          line += ` ${word}`;
          lineWidth += this.spaceWidth + width;
          continue;
        }
        if (line) lines.push(line);
        if (width <= maxWidth) {
          line = word;
          lineWidth = width;
        } else {
          const pieces = this.breakWord(word, maxWidth);
          line = pieces.pop() ?? '';
          lineWidth = this.width(line);
          lines.push(...pieces);
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** A word wider than a line, cut into pieces that fit (at least one character each). */
  private breakWord(word: string, maxWidth: number): string[] {
    const pieces: string[] = [];
    let piece = '';
    let pieceWidth = 0;
    for (const character of word) {
      // Character by character, so that a long word does not fill the cache with its prefixes.
      const width = this.wordWidth(character);
      if (piece && pieceWidth + width > maxWidth) {
        pieces.push(piece);
        piece = '';
        pieceWidth = 0;
      }
      piece += character;
      pieceWidth += width;
    }
    pieces.push(piece);
    return pieces;
  }

  /** The PDF operators showing a line of text whose top left corner is at (x, top). */
  showText(line: string, x: number, top: number): string {
    const space = this.face.word(' ').glyphs;
    const glyphs = line
      .split(' ')
      .map((word) => (word ? this.face.word(word).glyphs : ''))
      .join(` ${space} `);
    // pdfkit's pages draw from the top down; the text matrix turns the glyphs upright.
    return `/${this.face.id} ${this.size} Tf 1 0 0 -1 ${pdfNumber(x)} ${pdfNumber(top + this.ascent)} Tm [${glyphs}] TJ`;
  }
}

export const pdfNumber = (n: number) => String(Math.round(n * 100) / 100);
