import { Translation } from '@jsverse/transloco';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { translationFiles } from '../../../testing/i18n';
import { usedKeys } from '../../../testing/translation-keys';
import { LANGUAGE_CODES } from './languages';

const SOURCE_FOLDER = join(__dirname, '..', '..', '..');

// "dashboard/fr" → scope "dashboard", language "fr"; "fr" → the root ("").
function byScope(): Map<string, Map<string, Translation>> {
  const scopes = new Map<string, Map<string, Translation>>();
  for (const [path, translation] of Object.entries(translationFiles())) {
    const slash = path.lastIndexOf('/');
    const scope = slash < 0 ? '' : path.slice(0, slash);
    const language = path.slice(slash + 1);
    if (!scopes.has(scope)) scopes.set(scope, new Map());
    scopes.get(scope)?.set(language, translation);
  }
  return scopes;
}

/** Every leaf as "a.b.c" → value */
function flatten(translation: Translation, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  for (const [key, value] of Object.entries(translation)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [leaf, text] of flatten(value as Translation, path)) {
        leaves.set(leaf, text);
      }
    } else {
      leaves.set(path, value);
    }
  }
  return leaves;
}

function sourceFiles(): string[] {
  return readdirSync(SOURCE_FOLDER, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|html)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(
      (file) =>
        !file.endsWith('.spec.ts') &&
        !relative(SOURCE_FOLDER, file).startsWith('testing'),
    );
}

const scopes = byScope();
const scopeNames = [...scopes.keys()];
const labelOf = (scope: string) => (scope ? `i18n/${scope}` : 'i18n (root)');

describe('translation files', () => {
  it('include the root file and the scopes of the existing pages', () => {
    expect(scopeNames).toEqual(expect.arrayContaining(['', 'dashboard']));
  });

  describe.each(scopeNames.map((scope) => [labelOf(scope), scope]))(
    '%s',
    (_label, scope) => {
      const files = scopes.get(scope) as Map<string, Translation>;
      const english = flatten(files.get('en') ?? {});

      it('exists in every language', () => {
        expect([...files.keys()].sort()).toEqual([...LANGUAGE_CODES].sort());
      });

      it.each(LANGUAGE_CODES.filter((code) => code !== 'en'))(
        'has the same keys in %s as in English',
        (language) => {
          const keys = [...flatten(files.get(language) ?? {}).keys()].sort();
          expect(keys).toEqual([...english.keys()].sort());
        },
      );

      it.each([...LANGUAGE_CODES])(
        'has a text for every key in %s',
        (language) => {
          const empty = [...flatten(files.get(language) ?? {})]
            .filter(([, text]) => typeof text !== 'string' || !text.trim())
            .map(([key]) => key);
          expect(empty).toEqual([]);
        },
      );
    },
  );
});

describe('keys used in the code', () => {
  const english = new Map(
    scopeNames.map((scope) => [
      scope,
      flatten(scopes.get(scope)?.get('en') ?? {}),
    ]),
  );
  const known = new Set(scopeNames.filter(Boolean));

  it('all exist in the English file of their scope', () => {
    const used = sourceFiles().flatMap((file) =>
      usedKeys(readFileSync(file, 'utf8'), known).map((use) => ({
        ...use,
        file: relative(SOURCE_FOLDER, file),
      })),
    );
    const missing = used
      .filter(({ scope, key }) => !english.get(scope)?.has(key))
      .map(
        ({ file, line, scope, key }) =>
          `${file}:${line} ${labelOf(scope)} "${key}"`,
      );
    expect(missing).toEqual([]);
    // The scan does find the header's keys, so an empty list means something.
    expect(used).toContainEqual(
      expect.objectContaining({
        file: join('app', 'core', 'shell', 'site-header.html'),
        scope: '',
        key: 'header.signOut',
      }),
    );
  });
});

describe('usedKeys', () => {
  const scopesOfTest = new Set(['dashboard', 'sessions']);

  it('reads t() calls with the prefix of their *transloco', () => {
    const template = `
      <ng-container *transloco="let t; prefix: 'sessions'">
        <h1>{{ t('title') }}</h1>
        <p>{{ t('list.count', { count: total() }) }}</p>
      </ng-container>
      <p *transloco="let r">{{ r('status.planned') }}, {{ r('status.' + s) }}</p>
      <p *transloco="let t; prefix: 'dashboard.filters'">{{ t('clear') }}</p>
    `;
    expect(usedKeys(template, scopesOfTest)).toEqual([
      { scope: 'sessions', key: 'title', line: 3 },
      { scope: 'sessions', key: 'list.count', line: 4 },
      { scope: 'dashboard', key: 'filters.clear', line: 7 },
      { scope: '', key: 'status.planned', line: 6 },
    ]);
  });

  it('reads the pipe, the service, route titles and navigation labels', () => {
    const source = [
      `{{ 'header.signOut' | transloco }}`,
      `this.transloco.translate('sessions.confirm.close', { name })`,
      `transloco.selectTranslate('confirm.open', {}, 'sessions')`,
      `translateSignal('empty', {}, { scope: 'dashboard' })`,
      `{ path: '', title: 'sessions.title', component: SessionList }`,
      `{ path: '/sessions', label: 'nav.sessions', exact: false }`,
      `{ label: 'Plain words', title: 'Partner' }`,
    ].join('\n');
    expect(usedKeys(source, scopesOfTest)).toEqual([
      { scope: '', key: 'header.signOut', line: 1 },
      { scope: 'sessions', key: 'confirm.close', line: 2 },
      { scope: 'sessions', key: 'confirm.open', line: 3 },
      { scope: 'dashboard', key: 'empty', line: 4 },
      { scope: 'sessions', key: 'title', line: 5 },
      { scope: '', key: 'nav.sessions', line: 6 },
    ]);
  });
});
