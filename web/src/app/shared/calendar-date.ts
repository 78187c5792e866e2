import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { isCalendarDate } from '@ws/domain';
import { format, parse } from 'date-fns';

// SPEC §2: action dates are Brussels calendar days (YYYY-MM-DD), shown as
// "15 Jan 2025" like the times of the app; no time zone shifts a day.
export function formatCalendarDate(date: string): string {
  if (!isCalendarDate(date)) return date;
  return format(parse(date, 'yyyy-MM-dd', new Date(2000, 0, 1)), 'd MMM yyyy');
}

@Component({
  selector: 'app-calendar-date',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (value(); as value) {
      <time [attr.datetime]="value">{{ formatted() }}</time>
    } @else {
      <span class="muted">{{ fallback() }}</span>
    }
  `,
})
export class CalendarDate {
  /** A calendar date, YYYY-MM-DD */
  readonly value = input.required<string | null>();
  readonly fallback = input('Not set');

  protected readonly formatted = computed(() => {
    const value = this.value();
    return value ? formatCalendarDate(value) : '';
  });
}
