import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { NotificationView, can } from '@ws/domain';
import { Session } from '../../core/auth/session';
import { LanguagePreference } from '../../core/i18n/language-preference';
import { DateTime } from '../../shared/date-time';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { Pager } from '../../shared/pager';
import { messageKey, messageParams } from '../notification-message';
import {
  NOTIFICATIONS_PAGE_SIZE,
  NotificationsApi,
} from '../notifications-api';
import { UnreadCount } from '../unread-count';

// The signed-in user's notifications, newest first. Opening one marks it read
// and goes to the page it is about.
@Component({
  selector: 'app-notification-list',
  imports: [
    RouterLink,
    TranslocoDirective,
    DateTime,
    ErrorState,
    LoadingIndicator,
    Pager,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-list.html',
  styleUrl: './notification-list.css',
})
export class NotificationList {
  private readonly api = inject(NotificationsApi);
  private readonly router = inject(Router);
  private readonly counter = inject(UnreadCount);
  private readonly locale = inject(LanguagePreference).locale;
  private readonly user = inject(Session).user;

  /** Query parameters */
  readonly page = input<string>();
  readonly unread = input<string>();

  protected readonly query = computed(() => {
    const page = Number(this.page());
    return {
      page: Number.isInteger(page) && page > 1 ? page : 1,
      pageSize: NOTIFICATIONS_PAGE_SIZE,
      unread: this.unread() === 'true',
    };
  });

  protected readonly notifications = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.list(params),
  });

  // Each notification with its sentence's key and facts, dates in the reader's language.
  protected readonly entries = computed(() =>
    (this.notifications.hasValue() ? this.notifications.value().items : []).map(
      (notification) => ({
        notification,
        key: messageKey(notification),
        params: messageParams(notification, this.locale()),
      }),
    ),
  );
  protected readonly mayManageMail = computed(() => {
    const user = this.user();
    return !!user && can(user, 'manage-mail');
  });
  protected readonly markingAll = signal(false);
  protected readonly actionFailed = signal(false);

  constructor() {
    effect(() => {
      if (this.notifications.hasValue())
        this.counter.set(this.notifications.value().unread);
    });
  }

  protected open(notification: NotificationView, event: MouseEvent): void {
    // Let a new tab or window open the link as it is.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)
      return;
    event.preventDefault();
    const go = () => void this.router.navigateByUrl(notification.path);
    if (notification.readAt) return go();
    this.api.markRead(notification.id).subscribe({
      next: () => {
        this.counter.refresh();
        go();
      },
      error: () => go(),
    });
  }

  protected markAllRead(): void {
    this.markingAll.set(true);
    this.actionFailed.set(false);
    this.api.markAllRead().subscribe({
      next: () => {
        this.markingAll.set(false);
        this.notifications.reload();
      },
      error: () => {
        this.markingAll.set(false);
        this.actionFailed.set(true);
      },
    });
  }
}
