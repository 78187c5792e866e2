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
import { TranslocoDirective } from '@jsverse/transloco';
import {
  ACTION_STATUSES,
  ActionStatus,
  ActionView,
  HEALTHS,
  Health,
  StatusChange,
  StatusUpdateProblem,
  isClosed,
  statusUpdateProblems,
} from '@ws/domain';
import { Session } from '../../core/auth/session';
import { explainFormProblem, toSentence } from '../../core/http/form-problem';
import { Words, translateValues, wordsOf } from '../../core/i18n/words';
import { errorMessages, showServerProblems } from '../../shared/form-errors';
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
    required: 'actions.update.errors.progressRequired',
    min: 'actions.update.errors.progressMin',
    max: 'actions.update.errors.progressMax',
    pattern: 'actions.update.errors.progressWhole',
  },
  health: {},
  comment: { maxlength: 'actions.update.errors.tooLong' },
  nextSteps: { maxlength: 'actions.update.errors.tooLong' },
  blockers: { maxlength: 'actions.update.errors.tooLong' },
};

const TEXT_LIMIT = 5000;

/** A rule's problem in the reader's language, worded from its code. */
function ruleSentence(words: Words, problem: StatusUpdateProblem): string {
  switch (problem.code) {
    case 'comment-required-for-health':
      return words.translate(
        `actions.update.rules.commentForHealth.${problem.health}`,
      );
    case 'comment-required-for-status':
      return words.translate(
        `actions.update.rules.commentForStatus.${problem.status}`,
      );
    case 'comment-required-to-reopen':
      return words.translate('actions.update.rules.commentToReopen');
    case 'completed-needs-full-progress':
      return words.translate('actions.update.rules.completedAtFull');
    case 'only-coordinator-reopens':
      return words.translate(
        `actions.update.rules.onlyCoordinatorReopens.${problem.status}`,
      );
  }
}

// SPEC §2: a status update is the action's history, never edited. The
// comment rule (libs/domain) is explained as the form changes, before the
// server would refuse it.
@Component({
  selector: 'app-status-update-form',
  imports: [ReactiveFormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './status-update-form.html',
  styleUrl: './status-update-form.css',
})
export class StatusUpdateForm {
  private readonly words = wordsOf('actions');
  private readonly actionsApi = inject(ActionsApi);
  private readonly user = inject(Session).user;

  readonly action = input.required<ActionView>();
  readonly posted = output<StatusUpdateResult>();
  readonly cancelled = output<void>();

  protected readonly statuses = ACTION_STATUSES;
  protected readonly healths = HEALTHS;

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
    const words = this.words();
    const byField: Partial<Record<Field, string[]>> = {};
    for (const problem of problems) {
      const sentence = words
        ? ruleSentence(words, problem)
        : toSentence(problem.field, problem.problem);
      byField[problem.field] = [...(byField[problem.field] ?? []), sentence];
    }
    return byField;
  });

  protected readonly commentRequired = computed(
    () => !!this.ruleProblems().comment,
  );

  /** Whether a comment is needed with the choices made so far. */
  protected readonly commentVerdict = computed(() => {
    const words = this.words();
    if (!words) return '';
    const value = this.value();
    // Keys of actions.update.reasons
    const reasons: string[] = [];
    if (value.health === 'amber' || value.health === 'red')
      reasons.push(value.health);
    if (value.status === 'on_hold') reasons.push('onHold');
    if (value.status === 'cancelled') reasons.push('cancelled');
    if (
      isClosed(this.action().status) &&
      value.status &&
      !isClosed(value.status)
    )
      reasons.push('reopened');
    return reasons.length
      ? words.translate('actions.update.commentNeeded', {
          reasons: reasons
            .map((reason) =>
              words.translate(`actions.update.reasons.${reason}`),
            )
            .join(words.translate('actions.update.and')),
        })
      : words.translate('actions.update.commentOptional');
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
    const client = errorMessages(
      control,
      translateValues(this.words(), MESSAGES[field]),
    );
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
      this.failure.set(
        this.words()?.translate('error.checkFields') ??
          'Check the fields marked below.',
      );
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
          const problem = explainFormProblem(error, FIELDS, this.words());
          showServerProblems(this.form, problem);
          this.failure.set(problem.message);
        },
      });
  }
}
