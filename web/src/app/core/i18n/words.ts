import { Signal, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { forkJoin, map, switchMap } from 'rxjs';
import { LanguagePreference } from './language-preference';
import { Language, localeOf } from './languages';

/**
 * The texts of one language for code that builds sentences outside a
 * template (chart labels, text alternatives): full keys, such as
 * `translate('dashboard.charts.status.caption')` or `translate('status.planned')`.
 */
export interface Words {
  translate(key: string, params?: Record<string, unknown>): string;
  /** e.g. "fr-FR", for Intl */
  locale: string;
}

/**
 * `key.one` or `key.other`, as the language's plural rules choose for
 * `count`, with `{{count}}` written in the locale.
 */
export function countOf(words: Words, key: string, count: number): string {
  const form = new Intl.PluralRules(words.locale).select(count);
  return words.translate(`${key}.${form === 'one' ? 'one' : 'other'}`, {
    count: new Intl.NumberFormat(words.locale).format(count),
  });
}

/** The `Words` of the chosen language, once its root and `scope` files are loaded. */
export function wordsOf(scope: string): Signal<Words | null> {
  const transloco = inject(TranslocoService);
  const language = inject(LanguagePreference).language;
  return toSignal(
    toObservable(language).pipe(
      switchMap((lang: Language) =>
        forkJoin([
          transloco.load(lang),
          transloco.load(`${scope}/${lang}`),
        ]).pipe(
          map(
            (): Words => ({
              translate: (key, params) =>
                transloco.translate(key, params, lang),
              locale: localeOf(lang),
            }),
          ),
        ),
      ),
    ),
    { initialValue: null },
  );
}

/** Each value of `keys` translated; the keys themselves until texts are loaded. */
export function translateValues<K extends string>(
  words: Words | null,
  keys: Record<K, string>,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries<string>(keys).map(([name, key]) => [
      name,
      words ? words.translate(key) : key,
    ]),
  ) as Record<K, string>;
}
