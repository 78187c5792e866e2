import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { isCalendarDate } from '@ws/domain';
import { LanguagePreference } from '../core/i18n/language-preference';

const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

// SPEC §2: action dates are Brussels calendar days (YYYY-MM-DD), shown as
// "15 Jan 2025" ("15 janv. 2025" in French). The day is formatted at midnight
// UTC in UTC, so no time zone shifts it.
export function formatCalendarDate(date: string, locale: string): string {
  if (!isCalendarDate(date)) return date;
  let format = DATE_FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    DATE_FORMATS.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}

@Component({
  selector: 'app-calendar-date',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (value(); as value) {
      <time [attr.datetime]="value">{{ formatted() }}</time>
    } @else {
      <span class="muted" *transloco="let t">{{
        fallback() ?? t('format.notSet')
      }}</span>
    }
  `,
})
export class CalendarDate {
  private readonly locale = inject(LanguagePreference).locale;

  /** A calendar date, YYYY-MM-DD */
  readonly value = input.required<string | null>();
  /** Shown without a date; "Not set" by default */
  readonly fallback = input<string | null>(null);

  protected readonly formatted = computed(() => {
    const value = this.value();
    return value ? formatCalendarDate(value, this.locale()) : '';
  });
}
