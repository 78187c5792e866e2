// Finds the translation keys a source file uses, following the convention of
// web/src/app/core/i18n/README.md, for the test that each one exists.

/** A key as written, and the scope it is read from ("" for the root file). */
export interface UsedKey {
  scope: string;
  key: string;
  line: number;
}

const DIRECTIVE = /\*transloco\s*=\s*"([^"]*)"/g;
const DIRECTIVE_VARIABLE = /\blet\s+(\w+)/;
const DIRECTIVE_PREFIX = /\b(?:prefix|read)\s*:\s*'([^']+)'/;
const PIPE = /'([^'\s]+)'\s*\|\s*transloco\b/g;
const SERVICE_CALL =
  /\b(?:translate|selectTranslate|translateSignal|translateObject|selectTranslateObject|translateObjectSignal)\(\s*'([^']+)'(\s*,\s*(?:\{[^{}]*\}|[\w.]+)\s*,\s*(?:'([^']+)'|\{\s*scope\s*:\s*'([^']+)'\s*\}))?/g;
// Route titles and navigation labels that look like keys: "titles.signIn",
// "dashboard.title", "nav.sessions".
const KEY_PROPERTY =
  /\b(?:title|label)\s*:\s*'([a-z][a-zA-Z0-9-]*(?:\.[a-zA-Z0-9_-]+)+)'/g;

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/**
 * `scopes` are the folders under web/public/i18n: a key whose first segment
 * names one ("dashboard.title") is read from that scope.
 */
export function resolveKey(
  fullKey: string,
  scopes: ReadonlySet<string>,
): Omit<UsedKey, 'line'> {
  const [first, ...rest] = fullKey.split('.');
  return rest.length && scopes.has(first)
    ? { scope: first, key: rest.join('.') }
    : { scope: '', key: fullKey };
}

export function usedKeys(
  source: string,
  scopes: ReadonlySet<string>,
): UsedKey[] {
  const found: UsedKey[] = [];
  const add = (fullKey: string, index: number, scope?: string) =>
    found.push({
      ...(scope ? { scope, key: fullKey } : resolveKey(fullKey, scopes)),
      line: lineOf(source, index),
    });

  // t('key') calls read the prefix of the nearest *transloco above them that
  // declares `t`.
  const directives = [...source.matchAll(DIRECTIVE)].flatMap((match) => {
    const variable = DIRECTIVE_VARIABLE.exec(match[1])?.[1];
    const prefix = DIRECTIVE_PREFIX.exec(match[1])?.[1] ?? null;
    return variable ? [{ variable, prefix, index: match.index }] : [];
  });
  for (const variable of new Set(directives.map((d) => d.variable))) {
    const call = new RegExp(
      `(?<![\\w.])${variable}\\(\\s*'([^']+)'\\s*[,)]`,
      'g',
    );
    for (const match of source.matchAll(call)) {
      const declaration = directives
        .filter((d) => d.variable === variable && d.index < match.index)
        .at(-1);
      if (!declaration) continue;
      add(
        declaration.prefix ? `${declaration.prefix}.${match[1]}` : match[1],
        match.index,
      );
    }
  }
  for (const match of source.matchAll(PIPE)) add(match[1], match.index);
  for (const match of source.matchAll(SERVICE_CALL)) {
    add(match[1], match.index, match[3] ?? match[4]);
  }
  for (const match of source.matchAll(KEY_PROPERTY)) {
    const resolved = resolveKey(match[1], scopes);
    // Only what the title strategy or the header would translate.
    if (resolved.scope || /^(titles|nav)\./.test(match[1])) {
      add(match[1], match.index);
    }
  }
  return found;
}
