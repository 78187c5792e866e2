import { isDevMode } from '@angular/core';
import { TranslocoConfig, translocoConfig } from '@jsverse/transloco';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES } from './languages';

// Shared by the app and by the component tests, so both resolve keys alike.
export const APP_TRANSLOCO_CONFIG: TranslocoConfig = translocoConfig({
  availableLangs: [...LANGUAGE_CODES],
  defaultLang: DEFAULT_LANGUAGE,
  fallbackLang: DEFAULT_LANGUAGE,
  reRenderOnLangChange: true,
  prodMode: !isDevMode(),
  // A key missing in one language shows the English text, never the key.
  missingHandler: { useFallbackTranslation: true, logMissingKey: true },
  // A scope's prefix is its folder name as written ("admin-accounts", not
  // "adminAccounts").
  scopes: { keepCasing: true },
});
