import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../app.config';
import { Clock } from '../common/clock';
import type { AppConfig } from '../common/config';
import { Partner } from '../partners/partner.entity';
import { User } from '../users/user.entity';
import { Passwords } from './passwords';

export const ACCOUNT_DOMAIN = '4m4iof.example';

// SPEC §7: the coordinator, a viewer and one editor per partner. Only missing
// accounts are created, so a restart never resets a password that was changed.
@Injectable()
export class AccountsSeeder {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: Passwords,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async seed(): Promise<number> {
    const partners = await this.dataSource
      .getRepository(Partner)
      .find({ order: { id: 'ASC' } });
    const coordinatorPartner = partners.find((p) => p.coordinator) ?? null;
    const wanted = [
      {
        email: `coordinator@${ACCOUNT_DOMAIN}`,
        displayName: 'Partnership coordinator',
        role: 'coordinator' as const,
        partner: coordinatorPartner,
      },
      {
        email: `viewer@${ACCOUNT_DOMAIN}`,
        displayName: 'Observer',
        role: 'viewer' as const,
        partner: null,
      },
      ...partners.map((partner) => ({
        email: `editor.${partner.slug}@${ACCOUNT_DOMAIN}`,
        displayName: `${partner.name} editor`,
        role: 'editor' as const,
        partner,
      })),
    ];
    const existing = new Set(
      (
        await this.dataSource
          .getRepository(User)
          .find({ select: { email: true } })
      ).map((u) => u.email),
    );
    const missing = wanted.filter((account) => !existing.has(account.email));
    if (!missing.length) return 0;

    const password =
      this.config.demoPassword ?? randomBytes(12).toString('base64url');
    const passwordHash = await this.passwords.hash(password);
    const now = this.clock.now().toISOString();
    await this.dataSource.transaction((em) =>
      em.save(
        missing.map((account) =>
          em.create(User, {
            ...account,
            active: true,
            passwordHash,
            tokenVersion: 0,
            lastSignInAt: null,
            createdAt: now,
            updatedAt: now,
          }),
        ),
      ),
    );
    this.logger.log(
      `Created ${missing.length} accounts (${missing.map((a) => a.email).join(', ')})`,
    );
    if (!this.config.demoPassword) {
      // Printed once, when the accounts are created; set DEMO_PASSWORD to choose it.
      this.logger.warn(`Password of the new accounts: ${password}`);
    }
    return missing.length;
  }
}
