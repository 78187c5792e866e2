import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { ValidatorFn } from '@angular/forms';
import { MIN_PASSWORD_LENGTH, passwordProblems } from '@ws/domain';

/** Refuses what the API would refuse; `email` is the account's address. */
export function strongPassword(email: () => string): ValidatorFn {
  return (control) => {
    const password = String(control.value ?? '');
    if (!password) return { required: true };
    const problems = passwordProblems(password, email().trim());
    return problems.length ? { weak: problems } : null;
  };
}

// The strength rule of the API (libs/domain), explained before submitting and
// checked as the password is typed.
@Component({
  selector: 'app-password-rules',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="password-rules">
      <p class="password-rules__rule">
        At least {{ minLength }} characters, at least 5 of them different; not
        the name in the e-mail address, and not starting with a well-known
        password such as “password” or “123456”.
      </p>
      <div aria-live="polite">
        @if (password()) {
          @if (problems().length) {
            <p class="password-rules__verdict">Not strong enough yet:</p>
            <ul>
              @for (problem of problems(); track problem) {
                <li>{{ problem }}</li>
              }
            </ul>
          } @else {
            <p class="password-rules__verdict password-rules__verdict--ok">
              <span aria-hidden="true">✓</span> Strong enough.
            </p>
          }
        }
      </div>
    </div>
  `,
  styles: `
    .password-rules {
      font-size: 0.875rem;
      color: var(--color-muted);
    }
    .password-rules p,
    .password-rules ul {
      margin: 0;
    }
    .password-rules ul {
      padding-left: var(--space-5);
    }
    .password-rules__verdict {
      margin-top: var(--space-1);
      font-weight: 600;
      color: var(--color-text);
    }
    .password-rules__verdict--ok {
      color: var(--color-accent);
    }
  `,
})
export class PasswordRules {
  readonly password = input.required<string>();
  /** The account's e-mail address: its name may not be in the password. */
  readonly email = input<string>('');

  protected readonly minLength = MIN_PASSWORD_LENGTH;

  protected readonly problems = computed(() =>
    passwordProblems(this.password(), this.email().trim()).map(
      (problem) => `It ${problem}.`,
    ),
  );
}
