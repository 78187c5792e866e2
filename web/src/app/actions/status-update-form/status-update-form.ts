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
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  ActionStatus,
  ActionView,
  HEALTHS,
  Health,
  StatusChange,
  isClosed,
  statusUpdateProblems,
} from '@ws/domain';
import { Session } from '../../core/auth/session';
import { explainFormProblem, toSentence } from '../../core/http/form-problem';
import { errorMessages, showServerProblems } from '../../shared/form-errors';
import { HEALTH_LABELS, HEALTH_MEANINGS } from '../../shared/health-badge';
import { ActionsApi, StatusUpdateResult } from '../actions-api';

type Field =
  | 'status'
  | 'progress'
  | 'health'
  | 'comment'
  | 'nextSteps'
  | 'blockers';
const FIELDS: readonly Field[] = [
  'status',
  'progress',
  'health',
  'comment',
  'nextSteps',
  'blockers',
];

const MESSAGES: Record<Field, Record<string, string>> = {
  status: {},
  progress: {
    required: 'Enter the progress, from 0 to 100.',
    min: 'Progress is at least 0.',
    max: 'Progress is at most 100.',
    pattern: 'Enter a whole number from 0 to 100.',
  },
  health: {},
  comment: { maxlength: 'Use at most 5,000 characters.' },
  nextSteps: { maxlength: 'Use at most 5,000 characters.' },
  blockers: { maxlength: 'Use at most 5,000 characters.' },
};

const TEXT_LIMIT = 5000;

// SPEC §2: a status update is the action's history, never edited. The
// comment rule (libs/domain) is explained as the form changes, before the
// server would refuse it.
@Component({
  selector: 'app-status-update-form',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './status-update-form.html',
  styleUrl: './status-update-form.css',
})
export class StatusUpdateForm {
  private readonly actionsApi = inject(ActionsApi);
  private readonly user = inject(Session).user;

  readonly action = input.required<ActionView>();
  readonly posted = output<StatusUpdateResult>();
  readonly cancelled = output<void>();

  protected readonly statuses = ACTION_STATUSES;
  protected readonly statusLabels = ACTION_STATUS_LABELS;
  protected readonly healths = HEALTHS;
  protected readonly healthLabels = HEALTH_LABELS;
  protected readonly healthMeanings = HEALTH_MEANINGS;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    status: ['planned' as ActionStatus],
    progress: [
      0 as number | null,
      [
        Validators.required,
        Validators.min(0),
        Validators.max(100),
        Validators.pattern(/^\d+$/),
      ],
    ],
    health: ['green' as Health],
    comment: ['', Validators.maxLength(TEXT_LIMIT)],
    nextSteps: ['', Validators.maxLength(TEXT_LIMIT)],
    blockers: ['', Validators.maxLength(TEXT_LIMIT)],
  });

  private readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });

  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);

  /** What the domain rule says of the update as it stands, by field. */
  protected readonly ruleProblems = computed(() => {
    const user = this.user();
    const value = this.value();
    const change: StatusChange = {
      status: value.status ?? 'planned',
      progress: Number(value.progress ?? 0),
      health: value.health ?? 'green',
      comment: value.comment ?? '',
    };
    const problems = statusUpdateProblems(
      this.action(),
      change,
      user?.role ?? 'viewer',
    );
    const byField: Partial<Record<Field, string[]>> = {};
    for (const { field, problem } of problems) {
      byField[field] = [...(byField[field] ?? []), toSentence(field, problem)];
    }
    return byField;
  });

  protected readonly commentRequired = computed(
    () => !!this.ruleProblems().comment,
  );

  /** Whether a comment is needed with the choices made so far. */
  protected readonly commentVerdict = computed(() => {
    const value = this.value();
    const reasons: string[] = [];
    if (value.health === 'amber' || value.health === 'red')
      reasons.push(`health is ${value.health}`);
    if (value.status === 'on_hold') reasons.push('the action goes on hold');
    if (value.status === 'cancelled') reasons.push('the action is cancelled');
    if (
      isClosed(this.action().status) &&
      value.status &&
      !isClosed(value.status)
    )
      reasons.push('the action is reopened');
    return reasons.length
      ? `A comment is required for this update: ${reasons.join(', and ')}.`
      : 'A comment is optional for this update.';
  });

  constructor() {
    // Start from the action as it is now.
    effect(() => {
      const action = this.action();
      untracked(() =>
        this.form.reset({
          status: action.status,
          progress: action.progress,
          health: action.health,
          comment: '',
          nextSteps: '',
          blockers: '',
        }),
      );
    });
  }

  protected showError(field: Field): boolean {
    const control = this.form.controls[field];
    const invalid =
      control.invalid || (this.submitted() && !!this.ruleProblems()[field]);
    return invalid && (control.touched || this.submitted());
  }

  protected errorsOf(field: Field): string[] {
    const control = this.form.controls[field];
    if (control.errors?.['server']) return errorMessages(control, {});
    const client = errorMessages(control, MESSAGES[field]);
    return client.length ? client : (this.ruleProblems()[field] ?? []);
  }

  /** Live explanation of the rule for a field, shown before any submit. */
  protected ruleHint(field: Field): string[] {
    return this.ruleProblems()[field] ?? [];
  }

  protected saveStatusUpdate(): void {
    this.submitted.set(true);
    this.failure.set(null);
    this.form.markAllAsTouched();
    const ruleProblems = this.ruleProblems();
    if (
      this.form.invalid ||
      Object.keys(ruleProblems).length ||
      this.pending()
    ) {
      this.failure.set('Check the fields marked below.');
      return;
    }
    const value = this.form.getRawValue();
    this.pending.set(true);
    this.actionsApi
      .postUpdate(this.action().id, {
        status: value.status,
        progress: Number(value.progress),
        health: value.health,
        comment: value.comment.trim() || null,
        nextSteps: value.nextSteps.trim() || null,
        blockers: value.blockers.trim() || null,
      })
      .subscribe({
        next: (result) => {
          this.pending.set(false);
          this.submitted.set(false);
          this.posted.emit(result);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const problem = explainFormProblem(error, FIELDS);
          showServerProblems(this.form, problem);
          this.failure.set(problem.message);
        },
      });
  }
}
