import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UnitOfWork } from '../common/database/unit-of-work';
import { Setting } from '../settings/setting.entity';
import type { NotificationsConfig } from './notifications.config';
import { NOTIFICATIONS_CONFIG } from './notifications.tokens';

const SECRET_SETTING = 'mail_link_secret';

/**
 * The absolute links of e-mails, and the signed token of the unsubscribe link that
 * works without signing in. The signing key is generated once and kept in the database.
 */
@Injectable()
export class MailLinks implements OnApplicationBootstrap {
  private secret: Promise<Buffer> | null = null;

  constructor(
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  // Loaded before any transaction needs it: creating it is a write of its own.
  async onApplicationBootstrap(): Promise<void> {
    await this.key();
  }

  absolute(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  get preferencesUrl(): string {
    return this.absolute('/account/notifications');
  }

  async unsubscribeUrl(userId: number): Promise<string> {
    return this.absolute(
      `/api/unsubscribe?token=${await this.unsubscribeToken(userId)}`,
    );
  }

  async unsubscribeToken(userId: number): Promise<string> {
    return `${userId}.${await this.signature(userId)}`;
  }

  /** The user a token unsubscribes; null for a forged or malformed one. */
  async userOfToken(token: string): Promise<number | null> {
    const match = /^(\d{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token);
    if (!match) return null;
    const userId = Number(match[1]);
    const expected = Buffer.from(await this.signature(userId));
    const given = Buffer.from(match[2]);
    return expected.length === given.length && timingSafeEqual(expected, given)
      ? userId
      : null;
  }

  private async signature(userId: number): Promise<string> {
    return createHmac('sha256', await this.key())
      .update(`unsubscribe:${userId}`)
      .digest('base64url');
  }

  private key(): Promise<Buffer> {
    this.secret ??= this.loadKey().catch((error: unknown) => {
      this.secret = null;
      throw error;
    });
    return this.secret;
  }

  private async loadKey(): Promise<Buffer> {
    const read = () =>
      this.dataSource.manager.findOneBy(Setting, { key: SECRET_SETTING });
    let stored = await read();
    if (!stored) {
      await this.unitOfWork.run((em) =>
        em
          .createQueryBuilder()
          .insert()
          .into(Setting)
          .values({
            key: SECRET_SETTING,
            value: randomBytes(32).toString('base64url'),
          })
          .orIgnore()
          .execute(),
      );
      stored = await read();
    }
    return Buffer.from((stored as Setting).value, 'base64url');
  }
}
