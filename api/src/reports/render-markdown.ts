import type { ProgressReport } from './progress-report';
import {
  type Cell,
  type ColumnKind,
  eurosText,
  reportSections,
} from './report-sections';

// A table cell is one line; `|` would end the cell, a backslash could escape it,
// and `<` could open raw HTML (a script) in a viewer that renders it.
export function markdownCell(value: Cell, kind: ColumnKind = 'text'): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'number')
    return kind === 'percent'
      ? `${value}%`
      : kind === 'euros'
        ? eurosText(value)
        : String(value);
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[<>]/g, '\\$&')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

export function renderMarkdown(report: ProgressReport): Buffer {
  const lines = [
    `# ${markdownCell(report.partnership)} — progress report`,
    '',
    `- **Period:** ${report.from} to ${report.to}`,
    `- **Generated:** ${report.generatedAtLocal} (Brussels time)`,
    '',
  ];
  for (const section of reportSections(report)) {
    lines.push(`## ${section.title}`, '');
    if (section.intro) lines.push(section.intro, '');
    if (!section.rows.length) {
      lines.push(section.empty, '');
      continue;
    }
    lines.push(
      `| ${section.columns.map((c) => markdownCell(c.header)).join(' | ')} |`,
      `| ${section.columns.map((c) => (c.kind === 'text' || c.kind === 'date' ? '---' : '---:')).join(' | ')} |`,
      ...section.rows.map(
        (row) =>
          `| ${row.map((cell, i) => markdownCell(cell, section.columns[i].kind)).join(' | ')} |`,
      ),
      '',
    );
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}
