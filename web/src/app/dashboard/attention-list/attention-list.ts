import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { ActionSummary } from '@ws/domain';
import { CalendarDate } from '../../shared/calendar-date';
import { DateTime } from '../../shared/date-time';
import { HealthBadge } from '../../shared/health-badge';
import { StatusBadge } from '../../shared/status-badge';
import { DrillDown } from '../dashboard-charts';
import { ActionListKind } from '../dashboard-view';

// Actions that need the steering committee's attention, each opening its
// page; the list says why the action is in it.
@Component({
  selector: 'app-attention-list',
  imports: [CalendarDate, DateTime, HealthBadge, RouterLink, StatusBadge],
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
  readonly empty = input('None.');

  protected readonly moreText = computed(() => {
    const total = this.total();
    const shown = this.actions().length;
    if (total !== null && total > shown) {
      return `All ${total} in the action list`;
    }
    return 'Open them in the action list';
  });
}
