import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { UserView } from '@ws/domain';
import { explainFormProblem } from '../../core/http/form-problem';
import { wordsOf } from '../../core/i18n/words';
import { PasswordRules, strongPassword } from '../../shared/password-rules';
import { AccountsApi } from '../accounts-api';
import { TranslocoDirective } from '@jsverse/transloco';

// The coordinator sets a new password for someone who lost theirs.
@Component({
  selector: 'app-password-reset',
  imports: [ReactiveFormsModule, PasswordRules, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="card"
      aria-labelledby="reset-password-title"
      *transloco="let t; prefix: 'accounts.reset'"
    >
      <h2 id="reset-password-title">{{ t('title') }}</h2>
      @if (failure(); as failure) {
        <p class="form-alert" role="alert">{{ failure }}</p>
      }
      @if (notice(); as notice) {
        <p class="form-success" role="status">
          {{ t('done', { name: notice }) }}
        </p>
      }
      <p class="muted">
        {{ t('intro') }}
      </p>
      <form
        class="reset-form"
        [formGroup]="form"
        (ngSubmit)="resetPassword()"
        novalidate
      >
        <div class="field">
          <label class="field__label" for="reset-password">{{
            t('newPassword')
          }}</label>
          <input
            id="reset-password"
            class="field__input"
            type="password"
            formControlName="password"
            autocomplete="new-password"
            [attr.aria-invalid]="showError()"
            [attr.aria-describedby]="
              showError()
                ? 'reset-password-rules reset-password-error'
                : 'reset-password-rules'
            "
          />
          <app-password-rules
            id="reset-password-rules"
            [password]="password()"
            [email]="account().email"
          />
          @if (showError()) {
            <p class="field__error" id="reset-password-error">
              {{ error() }}
            </p>
          }
        </div>
        <div class="form-actions">
          <button type="submit" class="button" [disabled]="pending()">
            {{ pending() ? t('setting') : t('set') }}
          </button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .reset-form {
      display: grid;
      gap: var(--space-4);
    }
  `,
})
export class PasswordReset {
  private readonly accountsApi = inject(AccountsApi);

  readonly account = input.required<UserView>();

  private readonly words = wordsOf('accounts');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: ['', strongPassword(() => this.account().email)],
  });

  protected readonly password = toSignal(
    this.form.controls.password.valueChanges,
    { initialValue: '' },
  );

  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** Whose password was changed */
  protected readonly notice = signal<string | null>(null);

  protected showError(): boolean {
    const control = this.form.controls.password;
    return control.invalid && (control.touched || this.submitted());
  }

  protected error(): string {
    const errors = this.form.controls.password.errors ?? {};
    if (errors['server']) return (errors['server'] as string[]).join(' ');
    const words = this.words();
    const key = errors['required']
      ? 'accounts.errors.resetRequired'
      : 'accounts.errors.weak';
    return words ? words.translate(key) : key;
  }

  protected resetPassword(): void {
    this.submitted.set(true);
    this.failure.set(null);
    this.notice.set(null);
    if (this.form.invalid || this.pending()) return;
    const account = this.account();
    this.pending.set(true);
    this.accountsApi
      .update(account.id, { password: this.form.controls.password.value })
      .subscribe({
        next: () => {
          this.pending.set(false);
          this.submitted.set(false);
          this.form.reset();
          this.notice.set(account.displayName);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const problem = explainFormProblem(error, ['password'], this.words());
          if (problem.fields.password) {
            this.form.controls.password.setErrors({
              server: problem.fields.password,
            });
          }
          this.failure.set(problem.message);
        },
      });
  }
}
