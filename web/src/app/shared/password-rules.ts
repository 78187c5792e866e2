import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { ValidatorFn } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  passwordProblems,
} from '@ws/domain';

// The domain names each problem in an English phrase; its key in
// passwordRules.problems follows from how the phrase starts.
const PROBLEM_KEYS: readonly [string, string][] = [
  ['must have at least', 'tooShort'],
  ['must have at most', 'tooLong'],
  ['must use at least', 'fewCharacters'],
  ['must not contain', 'containsEmail'],
  ['must not start', 'wellKnown'],
];

function problemKey(problem: string): string | null {
  return PROBLEM_KEYS.find(([start]) => problem.startsWith(start))?.[1] ?? null;
}

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
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="password-rules" *transloco="let t; prefix: 'passwordRules'">
      <p class="password-rules__rule">
        {{ t('rule', { min: minLength }) }}
      </p>
      <div aria-live="polite">
        @if (password()) {
          @if (problems().length) {
            <p class="password-rules__verdict">{{ t('notYet') }}</p>
            <ul>
              @for (problem of problems(); track problem.text) {
                <li>
                  {{
                    problem.key
                      ? t('problems.' + problem.key, {
                          min: minLength,
                          max: maxLength,
                        })
                      : problem.text
                  }}
                </li>
              }
            </ul>
          } @else {
            <p class="password-rules__verdict password-rules__verdict--ok">
              <span aria-hidden="true">✓</span> {{ t('ok') }}
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
  protected readonly maxLength = MAX_PASSWORD_LENGTH;

  protected readonly problems = computed(() =>
    passwordProblems(this.password(), this.email().trim()).map((problem) => ({
      key: problemKey(problem),
      text: `It ${problem}.`,
    })),
  );
}
