import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import type { Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../common/database/unit-of-work';
import { Setting } from '../settings/setting.entity';

export const TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;
const SECRET_SETTING = 'jwt_secret';

export interface TokenClaims {
  sub: number;
  /** The user's token version when the token was issued */
  tv: number;
}

/**
 * Signs and checks access tokens (HS256 only: "alg: none" and other algorithms are
 * refused). The key comes from JWT_SECRET or is generated once and kept in the
 * database, so tokens survive a restart.
 */
@Injectable()
export class TokenService {
  private secret: Promise<KeyObject> | null = null;

  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
    @InjectRepository(Setting) private readonly settings: Repository<Setting>,
  ) {}

  async issue(
    claims: TokenClaims,
  ): Promise<{ accessToken: string; expiresAt: string }> {
    const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
    const expiresAt = issuedAt + TOKEN_LIFETIME_SECONDS;
    const accessToken = await this.jwt.signAsync(
      { ...claims, iat: issuedAt, exp: expiresAt },
      { privateKey: await this.key(), algorithm: 'HS256' },
    );
    return { accessToken, expiresAt: new Date(expiresAt * 1000).toISOString() };
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims & { exp: number }>(
        token,
        {
          // @nestjs/jwt types it as text or bytes; jsonwebtoken takes the key object as well.
          publicKey: (await this.key()) as unknown as Buffer,
          algorithms: ['HS256'],
          clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
        },
      );
      return Number.isInteger(claims.sub) && Number.isInteger(claims.tv)
        ? claims
        : null;
    } catch {
      return null;
    }
  }

  // A key object, not the text: jsonwebtoken would otherwise parse the text on every call.
  private key(): Promise<KeyObject> {
    this.secret ??= this.loadKey().then((text) =>
      createSecretKey(Buffer.from(text)),
    );
    return this.secret;
  }

  private async loadKey(): Promise<string> {
    const fromEnv = process.env['JWT_SECRET'];
    if (fromEnv) return fromEnv;
    const stored = await this.settings.findOneBy({ key: SECRET_SETTING });
    if (stored) return stored.value;
    const generated = randomBytes(48).toString('base64url');
    await this.unitOfWork.run((em) =>
      em
        .createQueryBuilder()
        .insert()
        .into(Setting)
        .values({ key: SECRET_SETTING, value: generated })
        .orIgnore()
        .execute(),
    );
    return (await this.settings.findOneByOrFail({ key: SECRET_SETTING })).value;
  }
}
