import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { PARTNERSHIP_TIME_ZONE } from '@ws/domain';
import { LanguagePreference } from '../core/i18n/language-preference';

const DATE_TIME_FORMATS = new Map<string, Intl.DateTimeFormat>();

// SPEC §2: times are shown in the partnership's time zone, whatever the
// reader's own.
export function formatDateTime(instant: string, locale: string): string {
  let format = DATE_TIME_FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: PARTNERSHIP_TIME_ZONE,
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    DATE_TIME_FORMATS.set(locale, format);
  }
  return format.format(new Date(instant));
}

@Component({
  selector: 'app-date-time',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (value(); as value) {
        <time [attr.datetime]="value" [attr.title]="t('format.brusselsTime')">{{
          formatted()
        }}</time>
      } @else {
        <span class="muted">{{ fallback() ?? t('format.never') }}</span>
      }
    </ng-container>
  `,
})
export class DateTime {
  private readonly locale = inject(LanguagePreference).locale;

  /** An ISO 8601 instant */
  readonly value = input.required<string | null>();
  /** Shown without an instant; "Never" by default */
  readonly fallback = input<string | null>(null);

  protected readonly formatted = computed(() => {
    const value = this.value();
    return value ? formatDateTime(value, this.locale()) : '';
  });
}
