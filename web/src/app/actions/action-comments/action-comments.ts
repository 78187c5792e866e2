import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { ActionView, can } from '@ws/domain';
import { Session } from '../../core/auth/session';
import { explainFormProblem } from '../../core/http/form-problem';
import { DateTime } from '../../shared/date-time';
import { ErrorState } from '../../shared/error-state';
import { errorMessages, showServerProblems } from '../../shared/form-errors';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { ActionsApi } from '../actions-api';
import { translateValues, wordsOf } from '../../core/i18n/words';

const MESSAGES: Record<string, string> = {
  required: 'actions.comments.errors.required',
  maxlength: 'actions.comments.errors.tooLong',
};

// SPEC §4: the lead and contributing partners (and the coordinator) discuss
// an action; everyone else reads along.
@Component({
  selector: 'app-action-comments',
  imports: [
    ReactiveFormsModule,
    DateTime,
    ErrorState,
    LoadingIndicator,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="section"
      aria-labelledby="comments-title"
      *transloco="let t; prefix: 'actions.comments'"
    >
      <h2 id="comments-title">{{ t('title') }}</h2>
      <!-- Newest first, as the history. -->
      @if (canComment()) {
        <form
          class="card comment-form"
          [formGroup]="form"
          (ngSubmit)="postComment()"
          novalidate
        >
          @if (failure(); as failure) {
            <p class="form-alert" role="alert">{{ failure }}</p>
          }
          @if (notice()) {
            <p class="form-success" role="status">{{ t('posted') }}</p>
          }
          <div class="field">
            <label class="field__label" for="comment-body">{{
              t('yours')
            }}</label>
            <textarea
              id="comment-body"
              class="field__input"
              rows="3"
              formControlName="body"
              [attr.aria-invalid]="showError()"
              [attr.aria-describedby]="
                showError() ? 'comment-body-error' : null
              "
            ></textarea>
            @if (showError()) {
              <p class="field__error" id="comment-body-error">
                @for (problem of errors(); track problem) {
                  {{ problem }}
                }
              </p>
            }
          </div>
          <div class="form-actions">
            <button type="submit" class="button" [disabled]="pending()">
              {{ pending() ? t('pending') : t('submit') }}
            </button>
          </div>
        </form>
      } @else {
        <p class="muted">{{ t('whoComments') }}</p>
      }
      @if (comments.isLoading() && !comments.hasValue()) {
        <app-loading-indicator [label]="t('loading')" />
      } @else if (comments.error(); as error) {
        <app-error-state
          [error]="error"
          [title]="t('loadError')"
          (retry)="comments.reload()"
        />
      } @else {
        @if (items().length) {
          <ol class="comment-list">
            @for (comment of items(); track comment.id) {
              <li class="card comment">
                <p class="comment__meta">
                  <strong>{{ comment.author }}</strong>
                  @if (comment.organisation) {
                    <span>, {{ comment.organisation }}</span>
                  }
                  ·
                  <app-date-time [value]="comment.at" />
                </p>
                <p class="comment__body">{{ comment.body }}</p>
              </li>
            }
          </ol>
        } @else {
          <p class="muted comments-empty">{{ t('none') }}</p>
        }
      }
    </section>
  `,
  styles: `
    .comment-list {
      display: grid;
      gap: var(--space-3);
      margin: var(--space-4) 0 0;
      padding: 0;
      list-style: none;
    }
    .comment__meta {
      margin: 0 0 var(--space-1);
      font-size: 0.875rem;
      color: var(--color-muted);
    }
    .comment__meta strong {
      color: var(--color-text);
    }
    .comment__body {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .comments-empty {
      margin-top: var(--space-3);
    }
    .comment-form {
      display: grid;
      gap: var(--space-3);
      max-width: 48rem;
    }
    .comment-form .form-alert,
    .comment-form .form-success {
      margin: 0;
    }
  `,
})
export class ActionComments {
  private readonly words = wordsOf('actions');
  private readonly actionsApi = inject(ActionsApi);
  private readonly user = inject(Session).user;

  readonly action = input.required<ActionView>();

  private readonly actionId = computed(() => this.action().id);

  protected readonly comments = rxResource({
    params: () => this.actionId(),
    stream: ({ params: id }) => this.actionsApi.comments(id),
  });

  protected readonly items = computed(() =>
    this.comments.hasValue() ? this.comments.value().items : [],
  );

  protected readonly canComment = computed(() => {
    const user = this.user();
    const action = this.action();
    return (
      !!user &&
      can(user, 'comment-action', {
        lead: action.lead,
        contributors: action.contributors,
      })
    );
  });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    body: ['', [Validators.required, Validators.maxLength(5000)]],
  });

  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** The comment was posted */
  protected readonly notice = signal(false);

  protected showError(): boolean {
    const control = this.form.controls.body;
    return control.invalid && (control.touched || this.submitted());
  }

  protected errors(): string[] {
    return errorMessages(
      this.form.controls.body,
      translateValues(this.words(), MESSAGES),
    );
  }

  protected postComment(): void {
    this.submitted.set(true);
    this.failure.set(null);
    this.notice.set(false);
    const body = this.form.controls.body.value.trim();
    if (!body) this.form.controls.body.setErrors({ required: true });
    if (this.form.invalid || this.pending()) return;
    this.pending.set(true);
    this.actionsApi.postComment(this.action().id, body).subscribe({
      next: (comment) => {
        this.pending.set(false);
        this.submitted.set(false);
        this.form.reset();
        this.notice.set(true);
        this.comments.update((page) =>
          page
            ? {
                ...page,
                items: [comment, ...page.items],
                total: page.total + 1,
              }
            : page,
        );
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const problem = explainFormProblem(error, ['body'], this.words());
        showServerProblems(this.form, problem);
        this.failure.set(problem.message);
      },
    });
  }
}
