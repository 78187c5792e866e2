import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { brusselsDate, can } from '@ws/domain';
import { Session } from '../../core/auth/session';
import { CalendarDate } from '../../shared/calendar-date';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { Pager } from '../../shared/pager';
import { SESSIONS_PAGE_SIZE, SessionsApi } from '../sessions-api';
import { sessionState } from '../session-view-model';

@Component({
  selector: 'app-session-list',
  imports: [
    RouterLink,
    TranslocoDirective,
    CalendarDate,
    ErrorState,
    LoadingIndicator,
    Pager,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-list.html',
})
export class SessionList {
  private readonly api = inject(SessionsApi);
  private readonly user = inject(Session).user;

  /** Query parameter `?page=` */
  readonly page = input<string | undefined>();

  protected readonly pageSize = SESSIONS_PAGE_SIZE;
  protected readonly pageNumber = computed(() => {
    const page = Number(this.page() ?? 1);
    return Number.isInteger(page) && page > 0 ? page : 1;
  });

  protected readonly data = rxResource({
    params: () => this.pageNumber(),
    stream: ({ params: page }) => this.api.list(page),
  });

  protected readonly canManage = computed(() => {
    const user = this.user();
    return !!user && can(user, 'manage-sessions');
  });

  private readonly today = brusselsDate(Date.now());

  protected readonly rows = computed(() =>
    (this.data.hasValue() ? this.data.value().items : []).map((session) => ({
      session,
      state: sessionState(session, this.today),
    })),
  );
}
