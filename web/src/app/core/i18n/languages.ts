// The languages of the interface, each named in itself for the selector, and
// the locale its dates and numbers are formatted in.
export const LANGUAGES = [
  { code: 'en', name: 'English', locale: 'en-GB' },
  { code: 'fr', name: 'Français', locale: 'fr-FR' },
  { code: 'de', name: 'Deutsch', locale: 'de-DE' },
  { code: 'it', name: 'Italiano', locale: 'it-IT' },
  { code: 'es', name: 'Español', locale: 'es-ES' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_CODES: readonly Language[] = LANGUAGES.map(
  (language) => language.code,
);

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGE_CODES.includes(value as Language);
}

export function localeOf(language: Language): string {
  return (
    LANGUAGES.find((candidate) => candidate.code === language)?.locale ??
    'en-GB'
  );
}

/**
 * The language a visitor starts in: the one they chose before, else the first
 * of their browser's languages the app speaks ("fr-BE" counts as French), else
 * English.
 */
export function initialLanguage(
  remembered: string | null,
  browserLanguages: readonly string[],
): Language {
  if (isLanguage(remembered)) return remembered;
  for (const tag of browserLanguages) {
    const primary = tag.split('-')[0].toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
