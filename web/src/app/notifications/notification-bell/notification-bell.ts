import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  inject,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoDirective, provideTranslocoScope } from '@jsverse/transloco';
import { interval } from 'rxjs';
import { UnreadCount } from '../unread-count';

export const UNREAD_CHECK_MS = 60_000;

// The header's bell: a link to the notifications with the unread count, checked
// when it appears and every minute (the notifications page updates it too).
@Component({
  selector: 'app-notification-bell',
  imports: [RouterLink, RouterLinkActive, TranslocoDirective],
  providers: [provideTranslocoScope('notifications')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; prefix: 'notifications'">
      <a
        class="bell"
        routerLink="/notifications"
        routerLinkActive="bell--active"
        ariaCurrentWhenActive="page"
        [attr.aria-label]="
          unread()
            ? t('bell.labelUnread', { count: unread() })
            : t('bell.label')
        "
        [title]="t('bell.label')"
      >
        <svg
          class="bell__icon"
          viewBox="0 0 24 24"
          width="20"
          height="20"
          aria-hidden="true"
          focusable="false"
        >
          <path
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
            fill="currentColor"
          />
        </svg>
        @if (unread()) {
          <span class="bell__count" aria-hidden="true">{{
            unread() > 99 ? '99+' : unread()
          }}</span>
        }
      </a>
    </ng-container>
  `,
  styles: `
    .bell {
      position: relative;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 2.5rem;
      min-height: 2.5rem;
      border-radius: var(--radius);
      color: var(--color-header-text);
    }
    .bell:hover,
    .bell--active {
      background: rgb(255 255 255 / 0.12);
    }
    .bell:focus-visible {
      outline: 3px solid var(--color-focus);
      outline-offset: 2px;
    }
    .bell__count {
      position: absolute;
      top: 0.1rem;
      right: 0.05rem;
      min-width: 1.25rem;
      padding: 0 0.3rem;
      border: 2px solid currentColor;
      border-radius: 999px;
      background: var(--color-danger);
      color: #fff;
      font-size: 0.7rem;
      font-weight: 700;
      line-height: 1.1rem;
      text-align: center;
    }
  `,
})
export class NotificationBell implements OnInit {
  private readonly counter = inject(UnreadCount);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly unread = this.counter.unread;

  ngOnInit(): void {
    this.counter.refresh();
    interval(UNREAD_CHECK_MS)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.counter.refresh());
  }
}
