import {
  EnvironmentProviders,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { provideTransloco } from '@jsverse/transloco';
import { LanguagePreference } from './language-preference';
import { TranslationLoader } from './translation-loader';
import { APP_TRANSLOCO_CONFIG } from './transloco-options';

export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTransloco({
      config: APP_TRANSLOCO_CONFIG,
      loader: TranslationLoader,
    }),
    // The first page renders in the chosen language, never as bare keys.
    provideAppInitializer(() => inject(LanguagePreference).start()),
  ]);
}
