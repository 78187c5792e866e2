import { TZDate } from '@date-fns/tz';
import {
  addDays,
  differenceInCalendarDays,
  format,
  isValid,
  parse,
} from 'date-fns';

// SPEC §2: dates are calendar dates in the partnership's time zone. "Today" is the
// Brussels calendar day, whatever the server's zone.
export const PARTNERSHIP_TIME_ZONE = 'Europe/Brussels';
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The Brussels calendar day of an instant, as YYYY-MM-DD. */
export function brusselsDate(instant: Date | number): string {
  return format(
    new TZDate(
      instant instanceof Date ? instant.getTime() : instant,
      PARTNERSHIP_TIME_ZONE,
    ),
    'yyyy-MM-dd',
  );
}

/** Whether a string is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) return false;
  const parsed = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function calendarDaysBetween(from: string, to: string): number {
  return differenceInCalendarDays(
    parse(to, 'yyyy-MM-dd', new Date(2000, 0, 1)),
    parse(from, 'yyyy-MM-dd', new Date(2000, 0, 1)),
  );
}

/** The instant at which a Brussels calendar day starts. */
export function startOfBrusselsDay(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(
    new TZDate(year, month - 1, day, PARTNERSHIP_TIME_ZONE).getTime(),
  );
}

/** The calendar day `days` after `date` (both YYYY-MM-DD). */
export function addCalendarDays(date: string, days: number): string {
  return format(
    addDays(parse(date, 'yyyy-MM-dd', new Date(2000, 0, 1)), days),
    'yyyy-MM-dd',
  );
}
