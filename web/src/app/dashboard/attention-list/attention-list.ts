import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguagePreference } from '../../core/i18n/language-preference';
import { ActionSummary } from '@ws/domain';
import { CalendarDate } from '../../shared/calendar-date';
import { DateTime } from '../../shared/date-time';
import { HealthBadge } from '../../shared/health-badge';
import { formatPercent } from '../../shared/progress-bar';
import { StatusBadge } from '../../shared/status-badge';
import { DrillDown } from '../dashboard-charts';
import { ActionListKind } from '../dashboard-view';

// Actions that need the steering committee's attention, each opening its
// page; the list says why the action is in it.
@Component({
  selector: 'app-attention-list',
  imports: [
    CalendarDate,
    DateTime,
    HealthBadge,
    RouterLink,
    StatusBadge,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attention-list.html',
  styleUrl: './attention-list.css',
})
export class AttentionList {
  readonly kind = input.required<ActionListKind>();
  readonly actions = input.required<readonly ActionSummary[]>();
  /** How many there are in all, when known (the API sends the first 20) */
  readonly total = input<number | null>(null);
  readonly more = input<DrillDown | null>(null);
  /** What the list says when it is empty */
  readonly empty = input.required<string>();

  private readonly locale = inject(LanguagePreference).locale;

  /** How many there are in all, when the list shows only the first ones */
  protected readonly moreCount = computed(() => {
    const total = this.total();
    return total !== null && total > this.actions().length ? total : null;
  });

  protected percent(value: number): string {
    return formatPercent(value, this.locale());
  }
}
