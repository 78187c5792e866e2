import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PartnerView, ROLES, Role } from '@ws/domain';
import { translateValues, wordsOf } from '../../core/i18n/words';
import { catchError, of } from 'rxjs';
import { explainFormProblem } from '../../core/http/form-problem';
import { ReferenceDataApi } from '../../core/reference-data/reference-data-api';
import { errorMessages, showServerProblems } from '../../shared/form-errors';
import { PasswordRules, strongPassword } from '../../shared/password-rules';
import { AccountsApi } from '../accounts-api';
import { notBlank, partnerRequiredForEditors } from '../roles';
import { TranslocoDirective } from '@jsverse/transloco';

type Field = 'email' | 'displayName' | 'role' | 'partner' | 'password';
const FIELDS: readonly Field[] = [
  'email',
  'displayName',
  'role',
  'partner',
  'password',
];

const MESSAGES: Record<Field, Record<string, string>> = {
  email: {
    required: 'accounts.errors.emailRequired',
    email: 'accounts.errors.emailInvalid',
    maxlength: 'accounts.errors.emailTooLong',
  },
  displayName: {
    required: 'accounts.errors.nameRequired',
    maxlength: 'accounts.errors.nameTooLong',
  },
  role: { required: 'accounts.errors.roleRequired' },
  partner: { partnerRequired: 'accounts.errors.partnerRequired' },
  password: {
    required: 'accounts.errors.passwordRequired',
    weak: 'accounts.errors.weak',
  },
};

@Component({
  selector: 'app-new-account',
  imports: [ReactiveFormsModule, RouterLink, PasswordRules, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-account.html',
  styleUrl: './new-account.css',
})
export class NewAccount {
  private readonly accountsApi = inject(AccountsApi);
  private readonly router = inject(Router);

  protected readonly roles = ROLES;
  private readonly words = wordsOf('accounts');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: [
      '',
      [Validators.required, Validators.email, Validators.maxLength(254)],
    ],
    displayName: ['', [notBlank, Validators.maxLength(120)]],
    role: ['viewer' as Role, Validators.required],
    partner: ['', partnerRequiredForEditors],
    password: [
      '',
      strongPassword((): string => this.form.controls.email.value),
    ],
  });

  // Retired partners get no new accounts.
  protected readonly partners = toSignal(
    inject(ReferenceDataApi)
      .partners()
      .pipe(catchError(() => of<PartnerView[]>([]))),
    { initialValue: [] },
  );
  protected readonly activePartners = computed(() =>
    this.partners().filter((p) => !p.retired),
  );

  protected readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });
  protected readonly email = toSignal(this.form.controls.email.valueChanges, {
    initialValue: '',
  });
  protected readonly password = toSignal(
    this.form.controls.password.valueChanges,
    { initialValue: '' },
  );

  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    const { role, email, partner, password } = this.form.controls;
    role.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => partner.updateValueAndValidity());
    email.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => password.updateValueAndValidity());
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

  protected createAccount(): void {
    this.submitted.set(true);
    this.failure.set(null);
    if (this.form.invalid || this.pending()) return;
    const value = this.form.getRawValue();
    this.pending.set(true);
    this.accountsApi
      .create({
        email: value.email.trim(),
        displayName: value.displayName.trim(),
        role: value.role,
        partner: value.partner || null,
        password: value.password,
      })
      .subscribe({
        next: (account) =>
          void this.router.navigate(['/admin/accounts', account.id], {
            state: { created: true },
          }),
        error: (error: unknown) => {
          this.pending.set(false);
          this.showProblem(error);
        },
      });
  }

  private showProblem(error: unknown): void {
    const problem = explainFormProblem(error, FIELDS, this.words());
    // 409: the e-mail address is taken; say so at the field as well.
    if (error instanceof HttpErrorResponse && error.status === 409) {
      problem.fields.email = [problem.message];
    }
    showServerProblems(this.form, problem);
    this.failure.set(problem.message);
  }
}
