import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, provideTranslocoScope } from '@jsverse/transloco';
import { SessionChangesView } from '@ws/domain';
import { CalendarDate } from '../../shared/calendar-date';
import { HealthBadge } from '../../shared/health-badge';
import { StatusBadge } from '../../shared/status-badge';
import { CHANGE_KINDS, changeCounts, changeRows } from '../session-view-model';

// SPEC §5: what changed since a working session closed — on the dashboard (the last
// session) and on a session's page.
@Component({
  selector: 'app-session-changes',
  imports: [
    RouterLink,
    TranslocoDirective,
    CalendarDate,
    HealthBadge,
    StatusBadge,
  ],
  providers: [provideTranslocoScope('sessions')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './changes-panel.html',
  styleUrl: './changes-panel.css',
})
export class ChangesPanel {
  /** Null until a session has been closed */
  readonly changes = input.required<SessionChangesView | null>();
  /** On the dashboard the panel names the session it compares with */
  readonly showSession = input(true);

  protected readonly kinds = CHANGE_KINDS;

  protected readonly rows = computed(() => {
    const changes = this.changes();
    return changes ? changeRows(changes) : [];
  });

  protected readonly counts = computed(() => {
    const changes = this.changes();
    return changes ? changeCounts(changes) : null;
  });

  protected readonly meanProgress = computed(() => {
    const changes = this.changes();
    return changes?.then.overall.meanProgress ?? null;
  });
}
