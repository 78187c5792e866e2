import { Injectable } from '@nestjs/common';

// Every "now" goes through the clock so tests can freeze time.
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
