import {
  type NotificationKind,
  type NotificationLanguage,
  PARTNERSHIP_TIME_ZONE,
  type PartnerBehind,
  type WeeklyDigest,
} from '@ws/domain';
import { type MailTextKey, mailText, notificationTextKey } from './mail-texts';

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailReader {
  name: string;
  language: NotificationLanguage;
  /** Absolute links of the footer */
  preferencesUrl: string;
  unsubscribeUrl: string;
}

/** A stored notification as a mail shows it. */
export interface MailedNotification {
  kind: NotificationKind;
  data: Record<string, string | null>;
  /** Absolute link */
  url: string;
}

/** One block of a mail: a heading, a paragraph, or a list of linked lines. */
type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'links'; items: { text: string; url: string; label: string }[] };

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}(T.*)?$/;

// The regional conventions of each language, as the web app writes dates.
const LOCALES: Record<NotificationLanguage, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  de: 'de-DE',
  it: 'it-IT',
  es: 'es-ES',
};

/** A calendar date or an instant in the reader's language, in Brussels. */
export function formatMailDate(
  value: string,
  language: NotificationLanguage,
): string {
  const instant = value.length === 10 ? `${value}T12:00:00Z` : value;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeZone: PARTNERSHIP_TIME_ZONE,
  }).format(new Date(instant));
}

function localised(
  data: Record<string, string | null>,
  language: NotificationLanguage,
): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(data).map(([key, value]) => [
      key,
      value && DATE_PATTERN.test(value) && key !== 'code'
        ? formatMailDate(value, language)
        : value,
    ]),
  );
}

export function notificationSentence(
  notification: Pick<MailedNotification, 'kind' | 'data'>,
  language: NotificationLanguage,
): string {
  return mailText(
    language,
    notificationTextKey(notification.kind),
    localised(notification.data, language),
  );
}

/** The immediate mail of a comment or a decision. */
export function composeNotificationMail(
  reader: MailReader,
  notification: MailedNotification,
): ComposedMail {
  const t = (key: MailTextKey) =>
    mailText(reader.language, key, notification.data);
  return compose(reader, t(`subject.${notification.kind}` as MailTextKey), [
    {
      kind: 'links',
      items: [
        {
          text: notificationSentence(notification, reader.language),
          url: notification.url,
          label: t('open'),
        },
      ],
    },
  ]);
}

export function composeDailyDigest(
  reader: MailReader,
  date: string,
  notifications: MailedNotification[],
): ComposedMail {
  const t = (key: MailTextKey) => mailText(reader.language, key);
  return compose(
    reader,
    mailText(reader.language, 'subject.daily-digest', {
      date: formatMailDate(date, reader.language),
    }),
    [
      { kind: 'paragraph', text: t('daily.intro') },
      {
        kind: 'links',
        items: notifications.map((n) => ({
          text: notificationSentence(n, reader.language),
          url: n.url,
          label: t('open'),
        })),
      },
    ],
  );
}

export function composeWeeklyDigest(
  reader: MailReader,
  partnerName: string,
  digest: WeeklyDigest,
  absolute: (path: string) => string,
): ComposedMail {
  const { language } = reader;
  const section = (
    heading: MailTextKey,
    actions: WeeklyDigest['overdue'],
  ): Block[] =>
    actions.length
      ? [
          { kind: 'heading', text: mailText(language, heading) },
          {
            kind: 'links',
            items: actions.map((a) => ({
              text: `${a.code} ${a.title}${a.dueDate ? ` (${mailText(language, 'dueOn', { date: formatMailDate(a.dueDate, language) })})` : ''}`,
              url: absolute(a.path),
              label: mailText(language, 'updateStatus'),
            })),
          },
        ]
      : [];
  return compose(
    reader,
    mailText(language, 'subject.weekly-digest', { partner: partnerName }),
    [
      {
        kind: 'paragraph',
        text: mailText(language, 'weekly.intro', { partner: partnerName }),
      },
      ...section('weekly.overdue', digest.overdue),
      ...section('weekly.stale', digest.stale),
      ...section('weekly.dueSoon', digest.dueSoon),
    ],
  );
}

export function composeCoordinatorSummary(
  reader: MailReader,
  week: string,
  behind: PartnerBehind[],
  partnerUrl: (slug: string) => string,
): ComposedMail {
  const { language } = reader;
  const detail = (p: PartnerBehind) =>
    [
      p.overdue.length
        ? mailText(language, 'summary.overdue', { codes: p.overdue.join(', ') })
        : null,
      p.stale.length
        ? mailText(language, 'summary.stale', { codes: p.stale.join(', ') })
        : null,
    ]
      .filter(Boolean)
      .join('; ');
  return compose(
    reader,
    mailText(language, 'subject.coordinator-summary', { week }),
    behind.length
      ? [
          { kind: 'paragraph', text: mailText(language, 'summary.intro') },
          {
            kind: 'links',
            items: behind.map((p) => ({
              text: `${mailText(language, 'summary.partner', {
                partner: p.name,
                overdue: p.overdue.length,
                stale: p.stale.length,
              })} (${detail(p)})`,
              url: partnerUrl(p.partner),
              label: mailText(language, 'open'),
            })),
          },
        ]
      : [
          {
            kind: 'paragraph',
            text: mailText(language, 'summary.nobodyBehind'),
          },
        ],
  );
}

function compose(
  reader: MailReader,
  subject: string,
  blocks: Block[],
): ComposedMail {
  const t = (key: MailTextKey) => mailText(reader.language, key);
  const greeting = mailText(reader.language, 'greeting', { name: reader.name });
  const text = [
    greeting,
    '',
    ...blocks.flatMap((block) => {
      switch (block.kind) {
        case 'paragraph':
          return [block.text, ''];
        case 'heading':
          return [block.text.toUpperCase(), ''];
        case 'links':
          return [
            ...block.items.flatMap((i) => [
              `- ${i.text}`,
              `  ${i.label}: ${i.url}`,
            ]),
            '',
          ];
      }
    }),
    '-- ',
    t('footerReason'),
    `${t('footerPreferences')}: ${reader.preferencesUrl}`,
    `${t('footerUnsubscribe')}: ${reader.unsubscribeUrl}`,
    '',
  ].join('\n');
  const body = blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return `<p>${escapeHtml(block.text)}</p>`;
        case 'heading':
          return `<h2 style="font-size:16px;margin:20px 0 8px">${escapeHtml(block.text)}</h2>`;
        case 'links':
          return `<ul style="padding-left:20px">${block.items
            .map(
              (i) =>
                `<li style="margin-bottom:8px">${escapeHtml(i.text)}<br><a href="${escapeHtml(i.url)}">${escapeHtml(i.label)}</a></li>`,
            )
            .join('')}</ul>`;
      }
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="${reader.language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#1b2430">
<p>${escapeHtml(greeting)}</p>
${body}
<hr style="border:0;border-top:1px solid #ccd">
<p style="font-size:12px;color:#555">${escapeHtml(t('footerReason'))}<br>
<a href="${escapeHtml(reader.preferencesUrl)}">${escapeHtml(t('footerPreferences'))}</a> ·
<a href="${escapeHtml(reader.unsubscribeUrl)}">${escapeHtml(t('footerUnsubscribe'))}</a></p>
</body></html>`;
  return { subject, text, html };
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
