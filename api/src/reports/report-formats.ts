import type { ProgressReport, ReportFormat } from './progress-report';
import { renderCsv } from './render-csv';
import { renderMarkdown } from './render-markdown';
import { renderPdf } from './render-pdf';
import { renderXlsx } from './render-xlsx';

export const REPORT_RENDERERS: Record<
  ReportFormat,
  {
    contentType: string;
    render: (report: ProgressReport) => Buffer | Promise<Buffer>;
  }
> = {
  pdf: { contentType: 'application/pdf', render: renderPdf },
  xlsx: {
    contentType:
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    render: renderXlsx,
  },
  md: { contentType: 'text/markdown; charset=utf-8', render: renderMarkdown },
  csv: { contentType: 'text/csv; charset=utf-8', render: renderCsv },
};
