import { createRequire } from 'node:module';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import pdfmake from 'pdfmake';
import svgToPdfkit from 'pdfmake/js/3rd-party/svg-to-pdfkit';
import { healthPieOption, meanProgressBarOption } from '@ws/domain';
import {
  BOTTOM,
  MARGIN,
  PageFlow,
  PAGE_WIDTH,
  type PdfDocument,
  PdfPainter,
  TextBlock,
} from './pdf-flow';
import { PdfTable } from './pdf-table';
import { FontFace, TextMeasure } from './pdf-text';
import type { ProgressReport } from './progress-report';
import { renderChartSvg } from './render-charts';
import { type ReportSection, reportSections } from './report-sections';

// The PDF embeds Roboto: the standard PDF fonts cannot print "ł" (Małopolska).
// Node's own resolver: in the bundle, webpack would turn require.resolve into a module id.
const ROBOTO = join(
  createRequire(__filename).resolve('pdfmake/package.json'),
  '../fonts/Roboto',
);
const ROBOTO_FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
};
type RobotoStyle = keyof typeof ROBOTO_FILES;
const robotoFile = (style: RobotoStyle) => join(ROBOTO, ROBOTO_FILES[style]);

let fontsReady = false;
export function useEmbeddedFonts(): void {
  if (fontsReady) return;
  pdfmake.setFonts({
    Roboto: {
      normal: robotoFile('normal'),
      bold: robotoFile('bold'),
      italics: robotoFile('italics'),
      bolditalics: robotoFile('bolditalics'),
    },
  });
  // The document is built from data, so it may read nothing but the fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(ROBOTO));
  fontsReady = true;
}

const HEADING_COLOR = '#1565c0';
const INTRO_COLOR = '#444444';
const FOOTER_COLOR = '#666666';

/** The fonts of the report, in their sizes */
function typography(doc: PdfDocument) {
  for (const style of Object.keys(ROBOTO_FILES) as RobotoStyle[])
    doc.registerFont(style, robotoFile(style));
  const normal = new FontFace(doc, 'normal');
  const bold = new FontFace(doc, 'bold');
  return {
    title: new TextMeasure(bold, 26),
    subtitle: new TextMeasure(normal, 16),
    h2: new TextMeasure(bold, 14),
    text: new TextMeasure(normal, 9),
    italic: new TextMeasure(new FontFace(doc, 'italics'), 9),
    footer: new TextMeasure(normal, 8),
    // The widest tables (the action list) need a smaller font to keep dates on one line.
    table: {
      body: new TextMeasure(normal, 8),
      header: new TextMeasure(bold, 8),
    },
    wideTable: {
      body: new TextMeasure(normal, 7),
      header: new TextMeasure(bold, 7),
    },
  };
}
type Typography = ReturnType<typeof typography>;

const heading = (type: Typography, title: string) =>
  new TextBlock(type.h2, title, {
    color: HEADING_COLOR,
    marginTop: 8,
    marginBottom: 6,
  });

/** A section as laid out once: its heading, and its table or the sentence saying it is empty */
function sectionLayout(type: Typography, section: ReportSection) {
  const blocks = [heading(type, section.title)];
  if (section.intro)
    blocks.push(
      new TextBlock(type.text, section.intro, {
        color: INTRO_COLOR,
        marginBottom: 6,
      }),
    );
  if (!section.rows.length) {
    blocks.push(new TextBlock(type.italic, section.empty, { marginBottom: 8 }));
    return { blocks, table: null };
  }
  const fonts = section.columns.length > 12 ? type.wideTable : type.table;
  return { blocks, table: new PdfTable(section, fonts) };
}

/** An SVG scaled into a box: its root takes the box's size, its viewBox keeps the drawing. */
function drawSvg(
  doc: PdfDocument,
  svg: string,
  box: { x: number; y: number; width: number; height: number },
) {
  const rootEnd = svg.indexOf('>');
  const root = svg
    .slice(0, rootEnd)
    .replace(/ width="[^"]*"/, ` width="${box.width}"`)
    .replace(/ height="[^"]*"/, ` height="${box.height}"`);
  svgToPdfkit(doc, root + svg.slice(rootEnd), box.x, box.y, {
    assumePt: true,
    fontCallback: (_family, bold, italic): RobotoStyle =>
      bold ? (italic ? 'bolditalics' : 'bold') : italic ? 'italics' : 'normal',
    // Drawn from data: the chart may read no file.
    imageCallback: () => '',
  });
}

const CHART_HEIGHT = 260;
/** Side by side, as wide as the page allows */
const HEALTH_CHART = { width: 330, svgWidth: 360 };
const STREAM_CHART = { width: 400, svgWidth: 400 };
const CHART_GAP = 20;

function drawCharts(doc: PdfDocument, report: ProgressReport, y: number) {
  const health = renderChartSvg(
    healthPieOption(report.overall.byHealth, { animation: false }),
    { width: HEALTH_CHART.svgWidth, height: CHART_HEIGHT },
  );
  const streams = renderChartSvg(
    meanProgressBarOption(
      'Mean progress per stream (%)',
      report.byStream.map((s) => ({
        label: `${s.code} ${s.title}`,
        meanProgress: s.meanProgress,
      })),
      { animation: false },
    ),
    { width: STREAM_CHART.svgWidth, height: CHART_HEIGHT },
  );
  drawSvg(doc, health, {
    x: MARGIN,
    y,
    width: HEALTH_CHART.width,
    height: (CHART_HEIGHT * HEALTH_CHART.width) / HEALTH_CHART.svgWidth,
  });
  drawSvg(doc, streams, {
    x: MARGIN + HEALTH_CHART.width + CHART_GAP,
    y,
    width: STREAM_CHART.width,
    height: CHART_HEIGHT,
  });
}

export async function renderPdf(report: ProgressReport): Promise<Buffer> {
  const period = `${report.from} to ${report.to}`;
  const footerText = `${report.partnership} — progress report ${period}`;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: footerText, Author: report.partnership },
    // Words are laid out once each by FontFace.
    fontLayoutCache: false,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const type = typography(doc);
  const titlePage = [
    new TextBlock(type.title, report.partnership, {
      marginTop: 140,
      marginBottom: 12,
    }),
    new TextBlock(type.subtitle, 'Progress report', { marginBottom: 6 }),
    new TextBlock(type.subtitle, `Period: ${period}`, { marginBottom: 6 }),
    new TextBlock(
      type.text,
      `Generated on ${report.generatedAtLocal} (Brussels time)`,
      { color: INTRO_COLOR },
    ),
  ];
  const glance = heading(type, 'At a glance');
  const sections = reportSections(report).map((section) =>
    sectionLayout(type, section),
  );

  const layOut = (flow: PageFlow) => {
    for (const block of titlePage) block.flow(flow);
    flow.newPage();
    glance.flow(flow);
    if (flow.painter) {
      flow.painter.flush();
      drawCharts(doc, report, flow.y);
    }
    flow.y += CHART_HEIGHT + 12;
    for (const { blocks, table } of sections) {
      // A heading stays with its intro and the start of its table.
      flow.keep(
        blocks.reduce((sum, block) => sum + block.height, 0) +
          (table?.openingHeight ?? 0),
      );
      for (const block of blocks) block.flow(flow);
      if (table) {
        table.flow(flow);
        flow.y += 12;
      }
    }
    flow.end();
  };

  const counting = new PageFlow(null);
  layOut(counting);
  const pages = counting.page;
  const painter = new PdfPainter(doc);
  const { footer } = type;
  layOut(
    new PageFlow(painter, (page) => {
      const y = BOTTOM;
      painter.text(footerText, MARGIN, y, footer, FOOTER_COLOR);
      const number = `Page ${page} of ${pages}`;
      painter.text(
        number,
        PAGE_WIDTH - MARGIN - footer.width(number),
        y,
        footer,
        FOOTER_COLOR,
      );
    }),
  );
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
