import { initialLanguage, localeOf } from './languages';

describe('initialLanguage', () => {
  it('keeps the language chosen before, whatever the browser says', () => {
    expect(initialLanguage('it', ['de-DE', 'en'])).toBe('it');
  });

  it('takes the first browser language the app speaks, by its primary tag', () => {
    expect(initialLanguage(null, ['nl-BE', 'fr-BE', 'de'])).toBe('fr');
    expect(initialLanguage(null, ['ES'])).toBe('es');
  });

  it('ignores a remembered value that is not one of the languages', () => {
    expect(initialLanguage('nl', ['de-AT'])).toBe('de');
  });

  it('falls back to English', () => {
    expect(initialLanguage(null, ['nl', 'pl-PL'])).toBe('en');
    expect(initialLanguage(null, [])).toBe('en');
  });
});

describe('localeOf', () => {
  it('formats each language in its own country’s conventions', () => {
    expect(localeOf('en')).toBe('en-GB');
    expect(localeOf('fr')).toBe('fr-FR');
    expect(localeOf('de')).toBe('de-DE');
    expect(localeOf('it')).toBe('it-IT');
    expect(localeOf('es')).toBe('es-ES');
  });
});
