import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { rxResource } from '@angular/core/rxjs-interop';
import { tap } from 'rxjs';
import { AuthApi } from '../../core/auth/auth-api';
import { Session } from '../../core/auth/session';
import { DateTime } from '../../shared/date-time';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { ChangePassword } from '../change-password/change-password';
import { CalendarFeed } from '../../sessions/calendar-feed/calendar-feed';

@Component({
  selector: 'app-my-account',
  imports: [
    CalendarFeed,
    ChangePassword,
    DateTime,
    ErrorState,
    LoadingIndicator,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-account.html',
  styleUrl: './my-account.css',
})
export class MyAccount {
  private readonly authApi = inject(AuthApi);
  private readonly session = inject(Session);

  // What the server says now: the coordinator may have changed the name,
  // role or partner since this session began.
  protected readonly data = rxResource({
    stream: () =>
      this.authApi.me().pipe(tap((me) => this.session.refreshUser(me))),
  });

  protected readonly me = computed(() =>
    this.data.hasValue() ? this.data.value() : null,
  );

  protected readonly email = computed(() => this.session.user()?.email ?? '');
}
