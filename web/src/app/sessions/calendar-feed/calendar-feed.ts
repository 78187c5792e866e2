import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { TranslocoDirective, provideTranslocoScope } from '@jsverse/transloco';
import { CalendarFeedView } from '@ws/domain';
import { describeHttpProblem } from '../../core/http/http-problem';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';

/** The full address a calendar app subscribes to. */
export function feedUrl(feed: CalendarFeedView, origin: string): string | null {
  return feed.path ? `${origin}${feed.path}` : null;
}

// The account's secret calendar address (working sessions, milestones, decisions).
@Component({
  selector: 'app-calendar-feed',
  imports: [TranslocoDirective, ConfirmDialog, ErrorState, LoadingIndicator],
  providers: [provideTranslocoScope('sessions')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="card"
      aria-labelledby="calendar-feed-title"
      *transloco="let t; prefix: 'sessions'"
    >
      <h2 id="calendar-feed-title">{{ t('calendar.title') }}</h2>
      <p>{{ t('calendar.lead') }}</p>
      @if (data.isLoading() && !data.hasValue()) {
        <app-loading-indicator />
      } @else if (data.error(); as error) {
        <app-error-state
          [error]="error"
          [title]="t('calendar.loadError')"
          (retry)="data.reload()"
        />
      } @else if (data.hasValue()) {
        @if (url(); as url) {
          <div class="field">
            <label class="field__label" for="calendar-feed-url">{{
              t('calendar.label')
            }}</label>
            <input
              id="calendar-feed-url"
              class="field__input"
              readonly
              [value]="url"
              (focus)="$any($event.target).select()"
            />
          </div>
          @if (confirming()) {
            <app-confirm-dialog
              [title]="t('calendar.resetQuestion')"
              [message]="t('calendar.resetDetail')"
              [confirmLabel]="t('calendar.resetConfirm')"
              [pending]="saving()"
              (confirmed)="reset()"
              (cancelled)="confirming.set(false)"
            />
          } @else {
            <p class="form-actions">
              <button
                type="button"
                class="button button--secondary"
                (click)="confirming.set(true)"
              >
                {{ t('calendar.reset') }}
              </button>
            </p>
          }
        } @else {
          <p class="muted">{{ t('calendar.none') }}</p>
          <button
            type="button"
            class="button"
            [disabled]="saving()"
            (click)="reset()"
          >
            {{ t('calendar.create') }}
          </button>
        }
        @if (done()) {
          <p class="form-success" role="status">{{ t('calendar.done') }}</p>
        }
        @if (failure(); as failure) {
          <p class="form-alert" role="alert">{{ failure }}</p>
        }
      }
    </section>
  `,
})
export class CalendarFeed {
  private readonly http = inject(HttpClient);
  private readonly origin = inject(DOCUMENT).location.origin;

  protected readonly data = rxResource({
    stream: () => this.http.get<CalendarFeedView>('/api/calendar/feed'),
  });

  protected readonly url = computed(() =>
    this.data.hasValue() ? feedUrl(this.data.value(), this.origin) : null,
  );

  protected readonly confirming = signal(false);
  protected readonly saving = signal(false);
  protected readonly done = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected reset(): void {
    this.saving.set(true);
    this.failure.set(null);
    this.http.post<CalendarFeedView>('/api/calendar/feed', {}).subscribe({
      next: (feed) => {
        this.data.set(feed);
        this.saving.set(false);
        this.confirming.set(false);
        this.done.set(true);
      },
      error: (error) => {
        this.failure.set(describeHttpProblem(error).message);
        this.saving.set(false);
        this.confirming.set(false);
      },
    });
  }
}
