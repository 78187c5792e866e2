// pdfmake vendors svg-to-pdfkit, which has no types of its own.
declare module 'pdfmake/js/3rd-party/svg-to-pdfkit' {
  import type PDFDocument from 'pdfkit';

  export default function svgToPdfkit(
    doc: typeof PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: {
      width?: number;
      height?: number;
      assumePt?: boolean;
      fontCallback?: (family: string, bold: boolean, italic: boolean) => string;
      /** The image file or data URL to open for an image's href */
      imageCallback?: (href: string) => string;
    },
  ): void;
}
