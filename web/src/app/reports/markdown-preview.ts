// The report's own Markdown (headings, lists, tables, paragraphs) as blocks the
// template renders with interpolation: the text is never parsed as HTML.

export type PreviewBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; numeric: boolean[]; rows: string[][] }
  | { kind: 'paragraph'; text: string };

const cellsOf = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\([\\|<>])/g, '$1'));

const plain = (text: string) => text.replace(/\*\*(.+?)\*\*/g, '$1');

export function previewBlocks(markdown: string): PreviewBlock[] {
  const blocks: PreviewBlock[] = [];
  for (const chunk of markdown.split(/\n{2,}/)) {
    const lines = chunk.split('\n').filter((line) => line.trim());
    if (!lines.length) continue;
    const first = lines[0];
    if (first.startsWith('# ')) {
      blocks.push({ kind: 'title', text: first.slice(2) });
    } else if (first.startsWith('## ')) {
      blocks.push({ kind: 'heading', text: first.slice(3) });
    } else if (lines.every((line) => line.startsWith('- '))) {
      blocks.push({
        kind: 'list',
        items: lines.map((line) => plain(line.slice(2))),
      });
    } else if (first.startsWith('|') && lines.length >= 2) {
      const separator = cellsOf(lines[1]);
      blocks.push({
        kind: 'table',
        header: cellsOf(first),
        numeric: separator.map((cell) => cell.endsWith(':')),
        rows: lines.slice(2).map(cellsOf),
      });
    } else {
      blocks.push({ kind: 'paragraph', text: plain(lines.join(' ')) });
    }
  }
  return blocks;
}
