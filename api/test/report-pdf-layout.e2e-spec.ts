import { renderPdf } from '../src/reports/render-pdf';
import { reportSections } from '../src/reports/report-sections';
import { actionCode, aProgressReport } from './progress-report-builder';
import { pdfText } from './reports-pdf-text';

// The layout of a long progress report: tables across many pages, read back as text.
const ACTIONS = 300;
const LONG_TITLE = `Action with a long title: ${Array.from(
  { length: 40 },
  (_, i) => `word${i}`,
).join(' ')}`;
const VIOLATIONS = 1000;
const violation = (i: number) => `V${i} breaks the rule`;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the progress report PDF of a large plan', () => {
  const report = aProgressReport(ACTIONS);
  report.actions[5].title = LONG_TITLE;
  // One cell taller than a page
  report.rules.push({
    id: 'action-plan-adopted-before-implementation',
    title: 'No Implementation action starts before the plan is adopted',
    ok: false,
    violations: Array.from({ length: VIOLATIONS }, (_, i) => ({
      message: violation(i),
    })),
  });
  const sections = reportSections(report);
  const headerOf = (title: string) =>
    (sections.find((s) => s.title === title)?.columns ?? [])
      .map((c) => c.header)
      .join(' ');
  const footer = (page: number, of: number) =>
    `${report.partnership} — progress report ${report.from} to ${report.to} Page ${page} of ${of}`;
  let pages: string[];

  beforeAll(async () => {
    const text = await pdfText(await renderPdf(report));
    pages = text.split(/\n-- \d+ of \d+ --\n/).filter((page) => page.trim());
  }, 60_000);

  /** The pages from the one where a section starts, while they continue its table */
  const pagesOf = (title: string) => {
    const start = pages.findIndex((page) => page.split('\n').includes(title));
    const header = headerOf(title);
    const next = pages.findIndex(
      (page, i) => i > start && !normalise(page).startsWith(header),
    );
    return pages.slice(start, next === -1 ? undefined : next);
  };

  it('numbers every page "Page n of m" in its footer', () => {
    expect(pages.length).toBeGreaterThan(20);
    pages.forEach((page, i) =>
      expect(page.trim().split('\n').at(-1)).toBe(footer(i + 1, pages.length)),
    );
  });

  it('repeats the header row of the action list on each page it continues on, and starts each page with a whole row', () => {
    const actionPages = pagesOf('Actions');
    expect(actionPages.length).toBeGreaterThan(5);
    const header = headerOf('Actions');
    for (const page of actionPages.slice(1)) {
      const text = normalise(page);
      expect(text.startsWith(`${header} `)).toBe(true);
      expect(text.slice(header.length + 1)).toMatch(/^S\d-\d{5} Action /);
    }
    // Actions is the last section: the rest of the document is the action list.
    const listed = actionPages
      .join('\n')
      .split('\n')
      .map((line) => /^S\d-\d{5}(?= )/.exec(line)?.[0])
      .filter((code) => code !== undefined);
    expect(listed).toEqual(
      Array.from({ length: ACTIONS }, (_, i) => actionCode(i)),
    );
  });

  it('repeats the header row of the other long tables too', () => {
    const header = headerOf('Status changes');
    const statusPages = pagesOf('Status changes');
    expect(statusPages.length).toBeGreaterThan(2);
    for (const page of statusPages.slice(1))
      expect(normalise(page).startsWith(`${header} `)).toBe(true);
  });

  it('wraps a long title within its column, in full', () => {
    const line = pages
      .flatMap((page) => page.split('\n'))
      .find((l) => l.startsWith(`${actionCode(5)} `));
    expect(line).toBeDefined();
    expect(line).not.toContain(LONG_TITLE);
    expect(normalise(pages.join('\n'))).toContain(LONG_TITLE);
  });

  it('continues a cell taller than a page on the next pages, under the header row, losing nothing', () => {
    const header = headerOf('Governance rules');
    const rulePages = pagesOf('Governance rules');
    expect(rulePages.length).toBeGreaterThan(2);
    // The text of the pages without their footers and repeated headers
    const text = normalise(
      rulePages
        .map((page, i) => {
          const body = normalise(
            page.trim().split('\n').slice(0, -1).join(' '),
          );
          return i === 0 ? body : body.slice(header.length);
        })
        .join(' '),
    );
    for (let i = 0; i < VIOLATIONS; i++) expect(text).toContain(violation(i));
  });

  it('never leaves a section heading alone at the foot of a page', () => {
    const titles = new Set(sections.map((s) => s.title));
    for (const page of pages) {
      const lines = page.trim().split('\n');
      expect(titles.has(lines.at(-2) ?? '')).toBe(false);
    }
  });
});
