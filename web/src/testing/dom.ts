// Small queries for component tests: what a user (or a screen reader) gets.

// Text nodes are joined with spaces, as separate elements read apart.
export function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(
    element,
    NodeFilter.SHOW_TEXT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    parts.push(node.textContent ?? '');
  }
  return parts
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:)])/g, '$1')
    .trim();
}

export function headings(root: Element, level?: 1 | 2 | 3): string[] {
  const selector = level ? `h${level}` : 'h1, h2, h3, h4, h5, h6';
  return Array.from(root.querySelectorAll(selector)).map(textOf);
}

export function heading(root: Element, name: string | RegExp): HTMLElement {
  const found = Array.from(
    root.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6'),
  ).find((h) => matches(textOf(h), name));
  if (!found) {
    throw new Error(
      `no heading ${String(name)} among: ${headings(root).join(' | ')}`,
    );
  }
  return found;
}

export function link(root: Element, name: string | RegExp): HTMLAnchorElement {
  const found = links(root).find((a) => matches(textOf(a), name));
  if (!found) throw new Error(`no link ${String(name)}`);
  return found;
}

export function links(root: Element): HTMLAnchorElement[] {
  return Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href]'));
}

export function button(
  root: Element,
  name: string | RegExp,
): HTMLButtonElement {
  const found = Array.from(root.querySelectorAll('button')).find((b) =>
    matches(textOf(b), name),
  );
  if (!found) throw new Error(`no button ${String(name)}`);
  return found;
}

export function byRole(root: Element, role: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`[role="${role}"]`));
}

/** The body rows of a table, as the texts of their cells (row header first). */
export function tableRows(table: Element): string[][] {
  return Array.from(table.querySelectorAll('tbody tr')).map((row) =>
    Array.from(row.querySelectorAll('th, td')).map(textOf),
  );
}

export function columnHeaders(table: Element): string[] {
  return Array.from(table.querySelectorAll('thead th')).map(textOf);
}

function matches(text: string, name: string | RegExp): boolean {
  return typeof name === 'string' ? text === name : name.test(text);
}
