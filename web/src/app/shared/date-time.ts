import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { PARTNERSHIP_TIME_ZONE } from '@ws/domain';

// SPEC §2: times are shown in the partnership's time zone, whatever the
// reader's own.
const DATE_TIME_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARTNERSHIP_TIME_ZONE,
  dateStyle: 'medium',
  timeStyle: 'short',
});

export function formatDateTime(instant: string): string {
  return DATE_TIME_FORMAT.format(new Date(instant));
}

@Component({
  selector: 'app-date-time',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (value(); as value) {
      <time [attr.datetime]="value" title="Brussels time">{{
        formatted()
      }}</time>
    } @else {
      <span class="muted">{{ fallback() }}</span>
    }
  `,
})
export class DateTime {
  /** An ISO 8601 instant */
  readonly value = input.required<string | null>();
  readonly fallback = input('Never');

  protected readonly formatted = computed(() => {
    const value = this.value();
    return value ? formatDateTime(value) : '';
  });
}
