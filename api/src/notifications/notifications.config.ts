import { ConfigError } from '../common/config';

export interface NotificationsConfig {
  /** smtp://user:pass@host:port or smtps://…; null: no e-mail at all */
  smtpUrl: string | null;
  mailFrom: string;
  /** Where the links in e-mails point, without a trailing slash */
  publicUrl: string;
  /** Run the digests, the scan and the mail delivery on their own schedule */
  scheduler: boolean;
}

export const DEFAULT_MAIL_FROM = '4M4IoF Roadmap <roadmap@4m4iof.example>';

/** SMTP_URL, MAIL_FROM and PUBLIC_URL (default: the server's own address). */
export function loadNotificationsConfig(
  env: NodeJS.ProcessEnv,
  port: number,
): NotificationsConfig {
  const smtpUrl = env['SMTP_URL']?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\/[^/]/i.test(smtpUrl))
    throw new ConfigError(
      `SMTP_URL must be an smtp:// or smtps:// URL, not "${smtpUrl}"`,
    );
  const publicUrl = (
    env['PUBLIC_URL']?.trim() || `http://127.0.0.1:${port}`
  ).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/i.test(publicUrl))
    throw new ConfigError(
      `PUBLIC_URL must be an http:// or https:// URL, not "${publicUrl}"`,
    );
  return {
    smtpUrl,
    mailFrom: env['MAIL_FROM']?.trim() || DEFAULT_MAIL_FROM,
    publicUrl,
    scheduler: true,
  };
}

/** What the server runs with when the configuration says nothing: no e-mail, no schedule. */
export function notificationsConfigOf(config: {
  port: number;
  notifications?: Partial<NotificationsConfig>;
}): NotificationsConfig {
  return {
    smtpUrl: null,
    mailFrom: DEFAULT_MAIL_FROM,
    publicUrl: `http://127.0.0.1:${config.port}`,
    scheduler: false,
    ...config.notifications,
  };
}
