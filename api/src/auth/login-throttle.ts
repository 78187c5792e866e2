import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';

export const ACCOUNT_FAILURE_LIMIT = 5;
export const CLIENT_FAILURE_LIMIT = 20;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

/**
 * Failed sign-ins are counted per account and per client over a sliding window.
 * Past the limit every attempt is refused with 429 and Retry-After, even with the
 * right password, so that guessing cannot go on. Kept in memory: one server process.
 */
@Injectable()
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  assertAllowed(account: string, client: string): void {
    const now = this.clock.now().getTime();
    const waits = [
      this.wait(`account:${account}`, ACCOUNT_FAILURE_LIMIT, now),
      this.wait(`client:${client}`, CLIENT_FAILURE_LIMIT, now),
    ];
    const seconds = Math.max(...waits);
    if (seconds > 0) {
      throw new HttpException(
        {
          statusCode: HttpStatus.TOO_MANY_REQUESTS,
          error: 'Too Many Requests',
          message: `Too many failed sign-in attempts; try again in ${seconds} seconds`,
          retryAfter: seconds,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }

  recordFailure(account: string, client: string): void {
    const now = this.clock.now().getTime();
    for (const key of [`account:${account}`, `client:${client}`]) {
      this.failures.set(key, [...this.recent(key, now), now]);
    }
  }

  recordSuccess(account: string): void {
    this.failures.delete(`account:${account}`);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter(
      (at) => now - at < THROTTLE_WINDOW_MS,
    );
  }

  private wait(key: string, limit: number, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < limit) return 0;
    const unlockAt = recent[recent.length - limit] + THROTTLE_WINDOW_MS;
    return Math.max(1, Math.ceil((unlockAt - now) / 1000));
  }
}
