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
import { PartnerView, ROLES, ROLE_LABELS, Role, UserView } from '@ws/domain';
import { Session } from '../../core/auth/session';
import { explainFormProblem } from '../../core/http/form-problem';
import { errorMessages, showServerProblems } from '../../shared/form-errors';
import { AccountChanges, AccountsApi } from '../accounts-api';
import {
  ROLE_DESCRIPTIONS,
  notBlank,
  partnerRequiredForEditors,
} from '../roles';

type Field = 'displayName' | 'role' | 'partner';
const FIELDS: readonly Field[] = ['displayName', 'role', 'partner'];

const MESSAGES: Record<Field, Record<string, string>> = {
  displayName: {
    required: 'Enter the name to show for this account.',
    maxlength: 'Use at most 120 characters.',
  },
  role: { required: 'Choose a role.' },
  partner: {
    partnerRequired:
      'Choose the partner this editor works for: an editor updates the actions of one partner.',
  },
};

@Component({
  selector: 'app-account-edit-form',
  imports: [ReactiveFormsModule],
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
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly roleDescriptions = ROLE_DESCRIPTIONS;

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
  protected readonly notice = signal<string | null>(null);

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
    return errorMessages(this.form.controls[field], MESSAGES[field]);
  }

  protected saveChanges(): void {
    this.submitted.set(true);
    this.failure.set(null);
    this.notice.set(null);
    if (this.form.invalid || this.pending()) return;
    const changes = this.changes();
    if (!Object.keys(changes).length) {
      this.notice.set('Nothing has changed.');
      return;
    }
    this.pending.set(true);
    this.accountsApi.update(this.account().id, changes).subscribe({
      next: (account) => {
        this.pending.set(false);
        this.submitted.set(false);
        this.notice.set('The changes are saved.');
        this.saved.emit(account);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const problem = explainFormProblem(error, FIELDS);
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
