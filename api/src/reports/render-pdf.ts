import { createRequire } from 'node:module';
import { join } from 'node:path';
import pdfmake from 'pdfmake';
import type {
  Content,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import { healthPieOption, meanProgressBarOption } from '@ws/domain';
import type { ProgressReport } from './progress-report';
import { renderChartSvg } from './render-charts';
import {
  type Cell,
  eurosText,
  type ReportSection,
  reportSections,
} from './report-sections';

// The PDF embeds Roboto: the standard PDF fonts cannot print "ł" (Małopolska).
// Node's own resolver: in the bundle, webpack would turn require.resolve into a module id.
const ROBOTO = join(
  createRequire(__filename).resolve('pdfmake/package.json'),
  '../fonts/Roboto',
);
let fontsReady = false;
export function useEmbeddedFonts(): void {
  if (fontsReady) return;
  pdfmake.setFonts({
    Roboto: {
      normal: join(ROBOTO, 'Roboto-Regular.ttf'),
      bold: join(ROBOTO, 'Roboto-Medium.ttf'),
      italics: join(ROBOTO, 'Roboto-Italic.ttf'),
      bolditalics: join(ROBOTO, 'Roboto-MediumItalic.ttf'),
    },
  });
  // The document is built from data, so it may read nothing but the fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(ROBOTO));
  fontsReady = true;
}

const PAGE_WIDTH = 842 - 2 * 40; // A4 landscape, 40 pt margins
const CELL_PADDING = 2;
const RIGHT_ALIGNED: readonly string[] = ['number', 'percent', 'euros'];
const pdfCell = (value: Cell, kind: string): TableCell => {
  if (value === null || value === '') return { text: '—', color: '#888888' };
  const text =
    typeof value === 'number' && kind === 'percent'
      ? `${value}%`
      : typeof value === 'number' && kind === 'euros'
        ? eurosText(value)
        : String(value);
  return RIGHT_ALIGNED.includes(kind) ? { text, alignment: 'right' } : { text };
};

function sectionContent(section: ReportSection): Content[] {
  // The heading stays with its intro (and its "none yet"): never alone at a page foot.
  const heading: Content[] = [{ text: section.title, style: 'h2' }];
  if (section.intro) heading.push({ text: section.intro, style: 'intro' });
  if (!section.rows.length) {
    heading.push({ text: section.empty, italics: true, margin: [0, 0, 0, 8] });
    return [{ stack: heading, unbreakable: true }];
  }
  const content: Content[] = [
    { stack: heading, unbreakable: true, headlineLevel: 1 },
  ];
  const total = section.columns.reduce((sum, c) => sum + c.width, 0);
  // Narrow tables keep their natural width; wide ones share the page.
  const scale = Math.min(PAGE_WIDTH / total, 6);
  content.push({
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: section.columns.map((c) => c.width * scale - 2 * CELL_PADDING),
      body: [
        section.columns.map(
          (c): TableCell => ({
            text: c.header,
            style: 'th',
            alignment: RIGHT_ALIGNED.includes(c.kind) ? 'right' : 'left',
          }),
        ),
        ...section.rows.map((row) =>
          row.map((cell, i) => pdfCell(cell, section.columns[i].kind)),
        ),
      ],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0,
      hLineColor: () => '#cccccc',
      paddingLeft: () => CELL_PADDING,
      paddingRight: () => CELL_PADDING,
      fillColor: (row: number) => (row === 0 ? '#dce6f1' : null),
    },
    // The widest tables (the action list) need a smaller font to keep dates on one line.
    fontSize: section.columns.length > 12 ? 7 : 8,
    margin: [0, 0, 0, 12],
  });
  return content;
}

export async function renderPdf(report: ProgressReport): Promise<Buffer> {
  useEmbeddedFonts();
  const healthChart = renderChartSvg(
    healthPieOption(report.overall.byHealth, { animation: false }),
    { width: 360, height: 260 },
  );
  const streamChart = renderChartSvg(
    meanProgressBarOption(
      'Mean progress per stream (%)',
      report.byStream.map((s) => ({
        label: `${s.code} ${s.title}`,
        meanProgress: s.meanProgress,
      })),
      { animation: false },
    ),
    { width: 400, height: 260 },
  );
  const period = `${report.from} to ${report.to}`;
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 40],
    info: {
      title: `${report.partnership} — progress report ${period}`,
      author: report.partnership,
    },
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      title: { fontSize: 26, bold: true, margin: [0, 140, 0, 12] },
      subtitle: { fontSize: 16, margin: [0, 0, 0, 6] },
      h2: { fontSize: 14, bold: true, margin: [0, 8, 0, 6], color: '#1565c0' },
      intro: { color: '#444444', margin: [0, 0, 0, 6] },
      th: { bold: true },
    },
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
    footer: (page, pages) => ({
      columns: [
        {
          text: `${report.partnership} — progress report ${period}`,
          margin: [40, 0, 0, 0],
        },
        {
          text: `Page ${page} of ${pages}`,
          alignment: 'right',
          margin: [0, 0, 40, 0],
        },
      ],
      fontSize: 8,
      color: '#666666',
    }),
    content: [
      { text: report.partnership, style: 'title' },
      { text: 'Progress report', style: 'subtitle' },
      { text: `Period: ${period}`, style: 'subtitle' },
      {
        text: `Generated on ${report.generatedAtLocal} (Brussels time)`,
        color: '#444444',
        pageBreak: 'after',
      },
      { text: 'At a glance', style: 'h2' },
      {
        columns: [
          { svg: healthChart, width: 330 },
          { svg: streamChart, width: 400 },
        ],
        columnGap: 20,
        margin: [0, 0, 0, 12],
      },
      ...reportSections(report).flatMap(sectionContent),
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}
