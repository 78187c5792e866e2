import { EnvironmentProviders, importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  Translation,
  TranslocoService,
  TranslocoTestingModule,
} from '@jsverse/transloco';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Language, localeOf } from '../app/core/i18n/languages';
import { Words } from '../app/core/i18n/words';
import { APP_TRANSLOCO_CONFIG } from '../app/core/i18n/transloco-options';

/** web/public/i18n, served as /i18n */
export const TRANSLATIONS_FOLDER = join(
  __dirname,
  '..',
  '..',
  'public',
  'i18n',
);

/**
 * Every translation file by the path the loader asks for: "en" for the root
 * file, "dashboard/fr" for a scope's.
 */
export function translationFiles(): Record<string, Translation> {
  const files: Record<string, Translation> = {};
  const entries = readdirSync(TRANSLATIONS_FOLDER, {
    recursive: true,
    withFileTypes: true,
  });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const file = join(entry.parentPath, entry.name);
    const path = relative(TRANSLATIONS_FOLDER, file)
      .replace(/\\/g, '/')
      .replace(/\.json$/, '');
    files[path] = JSON.parse(readFileSync(file, 'utf8')) as Translation;
  }
  return files;
}

let cachedFiles: Record<string, Translation> | null = null;

/**
 * The real translations (root and every scope, all languages), loaded
 * synchronously, for component tests:
 * `providers: [provideTestTranslations()]`, or `provideTestTranslations('fr')`
 * to render in French. Switching later with `LanguagePreference.use('de')`
 * works too, since every language is loaded.
 */
export function provideTestTranslations(
  language: Language = 'en',
): EnvironmentProviders {
  cachedFiles ??= translationFiles();
  return importProvidersFrom(
    TranslocoTestingModule.forRoot({
      langs: cachedFiles,
      preloadLangs: true,
      translocoConfig: { ...APP_TRANSLOCO_CONFIG, defaultLang: language },
    }),
  );
}

/**
 * The real texts of a language for functions that take `Words` (chart and
 * figure builders); configures TestBed, so call it before anything else does.
 */
export function testWords(language: Language = 'en'): Words {
  TestBed.configureTestingModule({
    providers: [provideTestTranslations(language)],
  });
  const transloco = TestBed.inject(TranslocoService);
  return {
    translate: (key, params) => transloco.translate(key, params, language),
    locale: localeOf(language),
  };
}
