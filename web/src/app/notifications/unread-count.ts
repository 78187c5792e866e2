import {
  DestroyRef,
  Injectable,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, catchError, of, switchMap } from 'rxjs';
import { Session } from '../core/auth/session';
import { NotificationsApi } from './notifications-api';

/**
 * How many notifications the signed-in user has not read, shared by the bell
 * and the notifications page. A failed check keeps the last count.
 */
@Injectable({ providedIn: 'root' })
export class UnreadCount {
  private readonly api = inject(NotificationsApi);
  private readonly session = inject(Session);
  private readonly checks = new Subject<void>();
  private readonly count = signal(0);

  readonly unread = computed(() => (this.session.user() ? this.count() : 0));

  constructor() {
    this.checks
      .pipe(
        switchMap(() =>
          this.session.user()
            ? this.api
                .list({ page: 1, pageSize: 1, unread: true })
                .pipe(catchError(() => of(null)))
            : of({ unread: 0 }),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((page) => {
        if (page) this.count.set(page.unread);
      });
  }

  refresh(): void {
    this.checks.next();
  }

  /** What a page that read the list learnt, without asking again. */
  set(unread: number): void {
    this.count.set(unread);
  }
}
