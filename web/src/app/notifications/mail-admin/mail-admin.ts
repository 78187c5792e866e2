import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  inject,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MAIL_STATES, MailState } from '@ws/domain';
import { DateTime } from '../../shared/date-time';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { Pager } from '../../shared/pager';
import { MAIL_LOG_PAGE_SIZE, NotificationsApi } from '../notifications-api';

const isState = (value: string | undefined): value is MailState =>
  (MAIL_STATES as readonly string[]).includes(value ?? '');

// The coordinator's view of e-mail: whether it is on, and every mail queued
// with what became of it.
@Component({
  selector: 'app-mail-admin',
  imports: [TranslocoDirective, DateTime, ErrorState, LoadingIndicator, Pager],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail-admin.html',
  styleUrl: './mail-admin.css',
})
export class MailAdmin {
  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);

  /** Query parameters */
  readonly state = input<string>();
  readonly page = input<string>();

  protected readonly states = MAIL_STATES;

  protected readonly query = computed(() => {
    const page = Number(this.page());
    const state = this.state();
    return {
      page: Number.isInteger(page) && page > 1 ? page : 1,
      pageSize: MAIL_LOG_PAGE_SIZE,
      state: isState(state) ? state : undefined,
    };
  });

  protected readonly status = rxResource({
    stream: () => this.api.mailStatus(),
  });

  protected readonly log = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.mailLog(params),
  });

  protected filterBy(state: string): void {
    void this.router.navigate([], {
      queryParams: { state: state || null, page: null },
      queryParamsHandling: 'merge',
    });
  }
}
