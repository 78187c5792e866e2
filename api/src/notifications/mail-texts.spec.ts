import { NOTIFICATION_KINDS, NOTIFICATION_LANGUAGES } from '@ws/domain';
import {
  composeWeeklyDigest,
  escapeHtml,
  formatMailDate,
} from './mail-composer';
import {
  MAIL_TEXT_KEYS,
  MAIL_TEXTS,
  mailText,
  notificationTextKey,
  placeholdersOf,
} from './mail-texts';

describe('mail texts', () => {
  it.each(NOTIFICATION_LANGUAGES)(
    'has every text in %s, with the placeholders of the English one',
    (language) => {
      expect(Object.keys(MAIL_TEXTS[language]).sort()).toEqual(
        [...MAIL_TEXT_KEYS].sort(),
      );
      for (const key of MAIL_TEXT_KEYS) {
        expect(MAIL_TEXTS[language][key].trim()).not.toBe('');
        expect([key, placeholdersOf(MAIL_TEXTS[language][key])]).toEqual([
          key,
          placeholdersOf(MAIL_TEXTS.en[key]),
        ]);
      }
    },
  );

  it('is translated, not copied, in every other language', () => {
    for (const language of NOTIFICATION_LANGUAGES.filter((l) => l !== 'en')) {
      const same = MAIL_TEXT_KEYS.filter(
        (key) => MAIL_TEXTS[language][key] === MAIL_TEXTS.en[key],
      );
      expect([language, same]).toEqual([language, []]);
    }
  });

  it('has a sentence for every kind of notification', () => {
    for (const kind of NOTIFICATION_KINDS)
      expect(MAIL_TEXT_KEYS).toContain(notificationTextKey(kind));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(
      mailText('fr', 'subject.comment', {
        code: 'S1-01',
        title: 'Cartographie',
      }),
    ).toBe('Nouveau commentaire sur S1-01 Cartographie');
    expect(mailText('en', 'greeting')).toBe('Hello {name},');
  });

  it('writes dates in the reader language, on the Brussels calendar', () => {
    expect(formatMailDate('2026-12-02', 'en')).toBe('2 December 2026');
    expect(formatMailDate('2026-12-02', 'de')).toBe('2. Dezember 2026');
    expect(formatMailDate('2026-12-02', 'es')).toBe('2 de diciembre de 2026');
    // 23:30 UTC on 1 December is already 2 December in Brussels
    expect(formatMailDate('2026-12-01T23:30:00.000Z', 'it')).toBe(
      '2 dicembre 2026',
    );
  });

  it('escapes what users wrote in the HTML part', () => {
    const mail = composeWeeklyDigest(
      {
        name: 'A <b>bold</b> editor',
        language: 'en',
        preferencesUrl: 'http://x/account/notifications',
        unsubscribeUrl: 'http://x/api/unsubscribe?token=1.a&b',
      },
      'Pool-Net',
      {
        overdue: [
          {
            id: 1,
            code: 'S1-01',
            title: '<script>alert(1)</script>',
            dueDate: null,
            path: '/actions/1?update=status',
          },
        ],
        stale: [],
        dueSoon: [],
      },
      (path) => `http://x${path}`,
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain(escapeHtml('<script>alert(1)</script>'));
    expect(mail.html).toContain('token=1.a&amp;b');
    expect(mail.text).toContain('- S1-01 <script>alert(1)</script>');
  });
});
