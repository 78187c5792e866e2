import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { NOTIFICATIONS_CONFIG } from './notifications.tokens';
import type { NotificationsConfig } from './notifications.config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string | null;
}

const TIMEOUT_MS = 15_000;

/** The SMTP client; without SMTP_URL e-mail is off and nothing is sent. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter | null;

  constructor(
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {
    this.transport = config.smtpUrl
      ? createTransport({
          url: config.smtpUrl,
          connectionTimeout: TIMEOUT_MS,
          greetingTimeout: TIMEOUT_MS,
          socketTimeout: TIMEOUT_MS,
        } as Parameters<typeof createTransport>[0])
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** The SMTP server's address without its credentials, for the admin page. */
  get server(): string | null {
    if (!this.config.smtpUrl) return null;
    const url = new URL(this.config.smtpUrl);
    return `${url.protocol}//${url.host}`;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('e-mail is off (no SMTP_URL)');
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.unsubscribeUrl
        ? {
            'List-Unsubscribe': `<${mail.unsubscribeUrl}>`,
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          }
        : {},
    });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
