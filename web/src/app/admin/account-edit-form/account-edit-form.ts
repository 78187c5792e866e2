import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { PartnerView, ROLES, Role, UserView } from '@ws/domain';
import { translateValues, wordsOf } from '../../core/i18n/words';
import { Session } from '../../core/auth/session';
import { explainFormProblem } from '../../core/http/form-problem';
import { errorMessages, showServerProblems } from '../../shared/form-errors';
import { AccountChanges, AccountsApi } from '../accounts-api';
import { notBlank, partnerRequiredForEditors } from '../roles';
import { TranslocoDirective } from '@jsverse/transloco';

type Field = 'displayName' | 'role' | 'partner';
const FIELDS: readonly Field[] = ['displayName', 'role', 'partner'];

const MESSAGES: Record<Field, Record<string, string>> = {
  displayName: {
    required: 'accounts.errors.nameRequired',
    maxlength: 'accounts.errors.nameTooLong',
  },
  role: { required: 'accounts.errors.roleRequired' },
  partner: { partnerRequired: 'accounts.errors.partnerRequired' },
};

@Component({
  selector: 'app-account-edit-form',
  imports: [ReactiveFormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-edit-form.html',
  styleUrl: './account-edit-form.css',
})
export class AccountEditForm {
  private readonly accountsApi = inject(AccountsApi);
  private readonly session = inject(Session);

  readonly account = input.required<UserView>();
  readonly partners = input<PartnerView[]>([]);
  readonly saved = output<UserView>();

  protected readonly roles = ROLES;
  private readonly words = wordsOf('accounts');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    displayName: ['', [notBlank, Validators.maxLength(120)]],
    role: ['viewer' as Role, Validators.required],
    partner: ['', partnerRequiredForEditors],
  });

  protected readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });

  protected readonly isSelf = computed(
    () => this.account().id === this.session.user()?.id,
  );

  // Retired partners are offered only to the accounts that still name them.
  protected readonly partnerOptions = computed(() =>
    this.partners().filter(
      (p) => !p.retired || p.slug === this.account().partner,
    ),
  );

  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  /** A key of accounts.edit */
  protected readonly notice = signal<'unchanged' | 'saved' | null>(null);

  constructor() {
    // A new account, or the saved one: start again from what the server says.
    effect(() => {
      const account = this.account();
      untracked(() => this.showAccount(account));
    });
    const { role, partner } = this.form.controls;
    role.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => partner.updateValueAndValidity());
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

  protected saveChanges(): void {
    this.submitted.set(true);
    this.failure.set(null);
    this.notice.set(null);
    if (this.form.invalid || this.pending()) return;
    const changes = this.changes();
    if (!Object.keys(changes).length) {
      this.notice.set('unchanged');
      return;
    }
    this.pending.set(true);
    this.accountsApi.update(this.account().id, changes).subscribe({
      next: (account) => {
        this.pending.set(false);
        this.submitted.set(false);
        this.notice.set('saved');
        this.saved.emit(account);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const problem = explainFormProblem(error, FIELDS, this.words());
        showServerProblems(this.form, problem);
        this.failure.set(problem.message);
      },
    });
  }

  // Only what was changed is sent.
  private changes(): AccountChanges {
    const account = this.account();
    const value = this.form.getRawValue();
    const changes: AccountChanges = {};
    const displayName = value.displayName.trim();
    if (displayName !== account.displayName) changes.displayName = displayName;
    if (value.role !== account.role) changes.role = value.role;
    const partner = value.partner || null;
    if (partner !== account.partner) changes.partner = partner;
    return changes;
  }

  private showAccount(account: UserView): void {
    this.form.reset({
      displayName: account.displayName,
      role: account.role,
      partner: account.partner ?? '',
    });
  }
}
