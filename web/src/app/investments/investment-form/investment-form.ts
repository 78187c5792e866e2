import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import {
  FormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { HttpErrorResponse } from '@angular/common/http';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  INVESTMENT_STATUSES,
  INVESTMENT_TRANSITIONS,
  InvestmentInput,
  InvestmentStatus,
  InvestmentView,
  can,
  centsToEditableEuros,
  parseEuros,
} from '@ws/domain';
import { Session } from '../../core/auth/session';
import { explainFormProblem } from '../../core/http/form-problem';
import { isNotFound } from '../../core/http/http-problem';
import { NotFound } from '../../core/not-found/not-found';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { investmentId } from '../investment-detail/investment-detail';
import {
  InvestmentReferencesStore,
  NO_INVESTMENT_REFERENCES,
} from '../investment-references';
import { InvestmentChanges, InvestmentsApi } from '../investments-api';

const FIELDS = [
  'title',
  'instrument',
  'call',
  'amountCents',
  'cofinancingCents',
  'status',
  'lead',
  'partners',
  'regions',
  'actions',
  'deadline',
  'comment',
] as const;
type Field = (typeof FIELDS)[number];

/** An amount typed in euros that reads as whole cents. */
const euroAmount = (control: { value: string }): ValidationErrors | null =>
  control.value.trim() === '' || parseEuros(control.value) !== null
    ? null
    : { euros: true };

// A proposal's form, new or edited. An editor proposes for its own partner and
// edits what its partner leads; the coordinator, any proposal.
@Component({
  selector: 'app-investment-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    ErrorState,
    LoadingIndicator,
    NotFound,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './investment-form.html',
  styleUrl: './investment-form.css',
})
export class InvestmentForm {
  private readonly api = inject(InvestmentsApi);
  private readonly router = inject(Router);
  private readonly user = inject(Session).user;
  private readonly referencesStore = inject(InvestmentReferencesStore);

  /** Set on /investments/:id/edit */
  readonly id = input<string | undefined>(undefined);

  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly data = rxResource({
    params: () => (this.editing() ? investmentId(this.id() ?? '') : undefined),
    stream: ({ params: id }) => this.api.get(id),
  });
  protected readonly references = rxResource({
    stream: () => this.referencesStore.references(),
    defaultValue: NO_INVESTMENT_REFERENCES,
  });
  protected readonly proposal = computed(() =>
    this.data.hasValue() ? this.data.value() : null,
  );
  protected readonly notFound = computed(
    () =>
      this.editing() &&
      (investmentId(this.id() ?? '') === undefined ||
        isNotFound(this.data.error())),
  );

  protected readonly isCoordinator = computed(
    () => this.user()?.role === 'coordinator',
  );
  protected readonly mayEdit = computed(() => {
    const user = this.user();
    const proposal = this.proposal();
    if (!user) return false;
    if (!proposal) return can(user, 'manage-investments');
    return can(user, 'manage-investments', {
      lead: proposal.lead,
      contributors: proposal.partners,
    });
  });

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    instrument: ['', Validators.required],
    call: ['', Validators.maxLength(200)],
    amount: ['', [Validators.required, euroAmount]],
    cofinancing: ['', euroAmount],
    status: ['idea' as InvestmentStatus],
    lead: ['', Validators.required],
    partners: [[] as string[]],
    regions: [[] as string[]],
    actions: [[] as number[]],
    deadline: [''],
    comment: ['', Validators.maxLength(5000)],
  });

  private readonly chosenStatus = toSignal(
    this.form.controls.status.valueChanges,
    { initialValue: this.form.controls.status.value },
  );
  /** On edit, the statuses the proposal may move to; all of them on create. */
  protected readonly statusChoices = computed(() => {
    const current = this.proposal()?.status;
    return current
      ? [current, ...INVESTMENT_TRANSITIONS[current]]
      : INVESTMENT_STATUSES;
  });
  protected readonly statusChanges = computed(() => {
    const current = this.proposal()?.status;
    return !!current && this.chosenStatus() !== current;
  });

  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly staleVersion = signal(false);
  protected readonly serverErrors = signal<Partial<Record<Field, string[]>>>(
    {},
  );
  protected readonly submitted = signal(false);

  constructor() {
    // An editor proposes for its own partner: the lead is fixed.
    effect(() => {
      const user = this.user();
      if (!this.editing() && user?.role === 'editor' && user.partner) {
        this.form.controls.lead.setValue(user.partner);
      }
      if (user?.role !== 'coordinator') this.form.controls.lead.disable();
    });
    effect(() => {
      const proposal = this.proposal();
      if (proposal) this.fill(proposal);
    });
  }

  protected toggle(
    list: 'partners' | 'regions',
    key: string,
    checked: boolean,
  ): void {
    const control = this.form.controls[list];
    const rest = control.value.filter((value) => value !== key);
    control.setValue(checked ? [...rest, key] : rest);
  }

  protected chooseActions(select: HTMLSelectElement): void {
    this.form.controls.actions.setValue(
      Array.from(select.selectedOptions, (option) => Number(option.value)),
    );
  }

  protected showError(name: keyof typeof this.form.controls): boolean {
    const control = this.form.controls[name];
    return control.invalid && (control.touched || this.submitted());
  }

  protected save(): void {
    this.submitted.set(true);
    this.failure.set(null);
    this.serverErrors.set({});
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const input = this.input();
    const proposal = this.proposal();
    this.saving.set(true);
    const request = proposal
      ? this.api.update(proposal.id, this.changesTo(proposal, input))
      : this.api.create(input);
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        void this.router.navigate(['/investments', saved.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        if (error instanceof HttpErrorResponse && error.status === 409) {
          this.staleVersion.set(true);
          return;
        }
        const problem = explainFormProblem(error, FIELDS);
        this.serverErrors.set(problem.fields);
        this.failure.set(problem.message);
      },
    });
  }

  protected reload(): void {
    this.staleVersion.set(false);
    this.data.reload();
  }

  /** The body the form describes, amounts in whole cents. */
  private input(): InvestmentInput {
    const value = this.form.getRawValue();
    return {
      title: value.title.trim(),
      instrument: value.instrument,
      call: value.call.trim() || null,
      amountCents: parseEuros(value.amount) ?? 0,
      cofinancingCents: parseEuros(value.cofinancing) ?? 0,
      status: value.status,
      lead: value.lead,
      partners: value.partners,
      regions: value.regions,
      actions: value.actions,
      deadline: value.deadline || null,
      ...(value.comment.trim() ? { comment: value.comment.trim() } : {}),
    };
  }

  /** Only what changed, with the version read: the API refuses a stale one. */
  private changesTo(
    proposal: InvestmentView,
    input: InvestmentInput,
  ): InvestmentChanges {
    const changes: InvestmentChanges = { version: proposal.version };
    const same = (a: unknown, b: unknown) =>
      JSON.stringify(a) === JSON.stringify(b);
    const sorted = <T>(list: T[] | undefined) => [...(list ?? [])].sort();
    if (input.title !== proposal.title) changes.title = input.title;
    if (input.instrument !== proposal.instrument)
      changes.instrument = input.instrument;
    if (input.call !== proposal.call) changes.call = input.call;
    if (input.amountCents !== proposal.amountCents)
      changes.amountCents = input.amountCents;
    if (input.cofinancingCents !== proposal.cofinancingCents)
      changes.cofinancingCents = input.cofinancingCents;
    if (input.status !== proposal.status) changes.status = input.status;
    if (input.lead !== proposal.lead) changes.lead = input.lead;
    if (!same(sorted(input.partners), sorted(proposal.partners)))
      changes.partners = input.partners;
    if (!same(sorted(input.regions), sorted(proposal.regions)))
      changes.regions = input.regions;
    if (!same(sorted(input.actions), sorted(proposal.actions)))
      changes.actions = input.actions;
    if (input.deadline !== proposal.deadline) changes.deadline = input.deadline;
    if (input.comment && changes.status) changes.comment = input.comment;
    return changes;
  }

  private fill(proposal: InvestmentView): void {
    this.form.reset({
      title: proposal.title,
      instrument: proposal.instrument,
      call: proposal.call ?? '',
      amount: centsToEditableEuros(proposal.amountCents),
      cofinancing: centsToEditableEuros(proposal.cofinancingCents),
      status: proposal.status,
      lead: proposal.lead,
      partners: proposal.partners,
      regions: proposal.regions,
      actions: proposal.actions,
      deadline: proposal.deadline ?? '',
      comment: '',
    });
  }
}
