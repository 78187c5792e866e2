import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (m = 19 MiB, t = 2, p = 1: the OWASP minimum).
@Injectable()
export class Passwords {
  // Verified when the e-mail is unknown, so that both failures take as long.
  private readonly decoy = hash('not-a-real-password-decoy');

  hash(password: string): Promise<string> {
    return hash(password);
  }

  async verify(
    passwordHash: string | null,
    password: string,
  ): Promise<boolean> {
    const target = passwordHash ?? (await this.decoy);
    const matches = await verify(target, password).catch(() => false);
    return passwordHash !== null && matches;
  }
}
