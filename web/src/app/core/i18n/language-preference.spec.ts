import { DOCUMENT } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { provideTestTranslations } from '../../../testing/i18n';
import { LanguagePreference } from './language-preference';

describe('LanguagePreference', () => {
  let preference: LanguagePreference;
  let transloco: TranslocoService;
  let document: Document;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideTestTranslations()] });
    preference = TestBed.inject(LanguagePreference);
    transloco = TestBed.inject(TranslocoService);
    document = TestBed.inject(DOCUMENT);
  });

  afterEach(() => (document.documentElement.lang = 'en'));

  it('switches the translations, the locale and <html lang>, and remembers the choice', () => {
    preference.use('de');

    expect(transloco.getActiveLang()).toBe('de');
    expect(transloco.translate('header.signOut')).toBe('Abmelden');
    expect(preference.language()).toBe('de');
    expect(preference.locale()).toBe('de-DE');
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem('4m4iof.language')).toBe('de');
  });

  it('starts in the language remembered from an earlier visit', async () => {
    localStorage.setItem('4m4iof.language', 'es');

    await preference.start();

    expect(preference.language()).toBe('es');
    expect(transloco.translate('header.signOut')).toBe('Cerrar sesión');
    expect(document.documentElement.lang).toBe('es');
  });

  it('starts in the browser’s language when nothing was chosen', async () => {
    jest
      .spyOn(window.navigator, 'languages', 'get')
      .mockReturnValue(['it-CH', 'en']);

    await preference.start();

    expect(preference.language()).toBe('it');
    expect(localStorage.getItem('4m4iof.language')).toBeNull();
  });
});
