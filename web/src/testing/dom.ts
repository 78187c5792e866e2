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

/** The form control a label names, as a screen reader announces it. */
export function field<T extends HTMLElement = HTMLInputElement>(
  root: Element,
  label: string | RegExp,
): T {
  const found = Array.from(root.querySelectorAll('label')).find((l) =>
    matches(textOf(l), label),
  );
  const control = found?.htmlFor
    ? root.querySelector<T>(`[id="${found.htmlFor}"]`)
    : (found?.querySelector<T>('input, select, textarea') ?? null);
  if (!control) throw new Error(`no field labelled ${String(label)}`);
  return control;
}

/** Types into a text field the way a user does. */
export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** Picks an option of a select by its visible text. */
export function choose(select: HTMLSelectElement, optionText: string): void {
  const option = Array.from(select.options).find(
    (o) => textOf(o) === optionText,
  );
  if (!option) throw new Error(`no option ${optionText}`);
  select.value = option.value;
  select.dispatchEvent(new Event('change'));
}

/** The texts that describe a control (its hint and error messages). */
export function descriptionOf(control: Element): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/);
  const root = control.getRootNode() as ParentNode;
  return ids
    .filter((id) => id)
    .map((id) => textOf(root.querySelector(`[id="${id}"]`)))
    .join(' ');
}

function matches(text: string, name: string | RegExp): boolean {
  return typeof name === 'string' ? text === name : name.test(text);
}
