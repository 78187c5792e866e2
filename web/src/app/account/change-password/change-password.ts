import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormBuilder,
  ReactiveFormsModule,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuthApi } from '../../core/auth/auth-api';
import { Session } from '../../core/auth/session';
import { explainFormProblem } from '../../core/http/form-problem';
import { translateValues, wordsOf } from '../../core/i18n/words';
import { errorMessages, showServerProblems } from '../../shared/form-errors';
import { PasswordRules, strongPassword } from '../../shared/password-rules';

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
const SERVER_FIELDS = ['currentPassword', 'newPassword'] as const;

const MESSAGES: Record<Field, Record<string, string>> = {
  currentPassword: { required: 'account.password.errors.currentRequired' },
  newPassword: {
    required: 'account.password.errors.newRequired',
    weak: 'account.password.errors.weak',
    sameAsCurrent: 'account.password.errors.sameAsCurrent',
  },
  confirmPassword: {
    required: 'account.password.errors.confirmRequired',
    mismatch: 'account.password.errors.mismatch',
  },
};

const differsFromCurrent: ValidatorFn = (control) =>
  control.value &&
  control.value === control.parent?.get('currentPassword')?.value
    ? { sameAsCurrent: true }
    : null;

const matchesNewPassword: ValidatorFn = (control) =>
  control.value && control.value !== control.parent?.get('newPassword')?.value
    ? { mismatch: true }
    : null;

@Component({
  selector: 'app-change-password',
  imports: [ReactiveFormsModule, PasswordRules, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-password.html',
  styleUrl: './change-password.css',
})
export class ChangePassword {
  private readonly words = wordsOf('account');
  private readonly authApi = inject(AuthApi);
  private readonly session = inject(Session);

  /** The signed-in user's e-mail address: its name may not be in the password */
  readonly email = input.required<string>();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [strongPassword(() => this.email()), differsFromCurrent]],
    confirmPassword: ['', [Validators.required, matchesNewPassword]],
  });

  protected readonly newPassword = toSignal(
    this.form.controls.newPassword.valueChanges,
    { initialValue: '' },
  );

  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** The password was changed */
  protected readonly notice = signal(false);

  constructor() {
    const { currentPassword, newPassword, confirmPassword } =
      this.form.controls;
    currentPassword.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => newPassword.updateValueAndValidity());
    newPassword.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => confirmPassword.updateValueAndValidity());
  }

  protected showError(field: Field): boolean {
    const control = this.form.controls[field];
    return control.invalid && (control.touched || this.submitted());
  }

  protected errorsOf(field: Field): string[] {
    return errorMessages(
      this.form.controls[field],
      translateValues(this.words(), MESSAGES[field]),
    );
  }

  protected changePassword(): void {
    this.submitted.set(true);
    this.failure.set(null);
    this.notice.set(false);
    if (this.form.invalid || this.pending()) return;
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.pending.set(true);
    this.authApi.changePassword(currentPassword, newPassword).subscribe({
      next: (login) => {
        // The old token stopped working: keep using the new one.
        this.session.start(login);
        this.pending.set(false);
        this.submitted.set(false);
        this.form.reset();
        this.notice.set(true);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const problem = explainFormProblem(error, SERVER_FIELDS, this.words());
        showServerProblems(this.form, problem);
        this.failure.set(problem.message);
      },
    });
  }
}
