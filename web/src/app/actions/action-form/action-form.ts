import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import {
  rxResource,
  takeUntilDestroyed,
  toSignal,
} from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormArray,
  FormBuilder,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  ACTION_STATUSES,
  ActionInput,
  ActionStatus,
  ActionView,
  HEALTHS,
  Health,
  PhaseKey,
  StreamNumber,
  can,
} from '@ws/domain';
import { Session } from '../../core/auth/session';
import { explainFormProblem } from '../../core/http/form-problem';
import { isNotFound } from '../../core/http/http-problem';
import { NotFound } from '../../core/not-found/not-found';
import { ErrorState } from '../../shared/error-state';
import { translateValues, wordsOf } from '../../core/i18n/words';
import { errorMessages, showServerProblems } from '../../shared/form-errors';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { actionId } from '../action-detail/action-detail';
import {
  ActionLabels,
  ActionReferencesStore,
  NO_REFERENCES,
} from '../action-references';
import { ActionChanges, ActionsApi } from '../actions-api';

type MilestoneForm = FormGroup<{
  title: FormControl<string>;
  dueDate: FormControl<string>;
  doneDate: FormControl<string>;
}>;

type IndicatorForm = FormGroup<{
  name: FormControl<string>;
  unit: FormControl<string>;
  baseline: FormControl<number | null>;
  target: FormControl<number | null>;
  actual: FormControl<number | null>;
}>;

type Milestone = NonNullable<ActionInput['milestones']>[number];
type Indicator = NonNullable<ActionInput['indicators']>[number];

// SPEC §4: what only the coordinator changes; a lead partner's editor
// changes the description, dates, milestones and indicators.
const COORDINATOR_FIELDS = [
  'code',
  'title',
  'stream',
  'phase',
  'lead',
  'contributors',
  'regions',
] as const;

const TOP_FIELDS = [
  ...COORDINATOR_FIELDS,
  'description',
  'startDate',
  'dueDate',
  'status',
  'progress',
  'health',
  'milestones',
  'indicators',
] as const;

// Keys of actions.form.errors, by control name and validator.
const MESSAGES: Record<string, Record<string, string>> = {
  code: {
    pattern: 'actions.form.errors.codePattern',
    maxlength: 'actions.form.errors.codeTooLong',
  },
  title: {
    required: 'actions.form.errors.titleRequired',
    maxlength: 'actions.form.errors.titleTooLong',
  },
  stream: { required: 'actions.form.errors.streamRequired' },
  phase: { required: 'actions.form.errors.phaseRequired' },
  lead: { required: 'actions.form.errors.leadRequired' },
  dueDate: {
    dueBeforeStart: 'actions.form.errors.dueBeforeStart',
    required: 'actions.form.errors.milestoneDueRequired',
  },
  progress: {
    required: 'actions.form.errors.progressRequired',
    min: 'actions.form.errors.progressMin',
    max: 'actions.form.errors.progressMax',
    completedNeeds100: 'actions.form.errors.completedNeeds100',
  },
  name: { required: 'actions.form.errors.indicatorName' },
  unit: { required: 'actions.form.errors.indicatorUnit' },
  milestoneTitle: { required: 'actions.form.errors.milestoneTitle' },
};

const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.trim() === ''
    ? { required: true }
    : null;

// Also checked by the API (400 naming dueDate); said here before sending.
const dueNotBeforeStart: ValidatorFn = (
  control: AbstractControl,
): ValidationErrors | null => {
  const start = control.parent?.get('startDate')?.value as string | undefined;
  const due = control.value as string;
  return start && due && due < start ? { dueBeforeStart: true } : null;
};

const completedNeeds100: ValidatorFn = (control) =>
  control.parent?.get('status')?.value === 'completed' &&
  Number(control.value) !== 100
    ? { completedNeeds100: true }
    : null;

@Component({
  selector: 'app-action-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    ErrorState,
    LoadingIndicator,
    NotFound,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-form.html',
  styleUrl: './action-form.css',
})
export class ActionForm {
  private readonly actionsApi = inject(ActionsApi);
  private readonly router = inject(Router);
  private readonly user = inject(Session).user;
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly referencesStore = inject(ActionReferencesStore);

  /** Route parameter of `/actions/:id/edit`; absent on `/actions/new` */
  readonly id = input<string>();

  protected readonly statuses = ACTION_STATUSES;
  protected readonly healths = HEALTHS;
  private readonly words = wordsOf('actions');

  protected readonly editing = computed(() => this.id() !== undefined);

  protected readonly data = rxResource({
    params: () => {
      const id = this.id();
      return id === undefined ? undefined : actionId(id);
    },
    stream: ({ params: id }) => this.actionsApi.get(id),
  });

  protected readonly action = computed(() =>
    this.data.hasValue() ? this.data.value() : null,
  );

  protected readonly notFound = computed(() => {
    const id = this.id();
    return (
      id !== undefined &&
      (actionId(id) === undefined || isNotFound(this.data.error()))
    );
  });

  private readonly references = rxResource({
    stream: () => this.referencesStore.references(),
    defaultValue: NO_REFERENCES,
  });

  protected readonly labels = computed(
    () => new ActionLabels(this.references.value()),
  );

  protected readonly isCoordinator = computed(() => {
    const user = this.user();
    return !!user && can(user, 'manage-actions');
  });

  /** SPEC §4: an editor edits only the actions its partner leads. */
  protected readonly mayEdit = computed(() => {
    const user = this.user();
    const action = this.action();
    if (!user) return false;
    if (!action) return can(user, 'manage-actions');
    return can(user, 'update-action', {
      lead: action.lead,
      contributors: action.contributors,
    });
  });

  protected readonly form = this.fb.group({
    code: [
      '',
      [Validators.pattern(/^[A-Za-z0-9-]+$/), Validators.maxLength(20)],
    ],
    title: ['', [notBlank, Validators.maxLength(200)]],
    description: [''],
    stream: ['', Validators.required],
    phase: ['preparation' as PhaseKey | '', Validators.required],
    lead: ['', Validators.required],
    contributors: [[] as string[]],
    regions: [[] as string[]],
    startDate: [''],
    dueDate: ['', dueNotBeforeStart],
    status: ['planned' as ActionStatus],
    progress: [
      0 as number | null,
      [
        Validators.required,
        Validators.min(0),
        Validators.max(100),
        completedNeeds100,
      ],
    ],
    health: ['green' as Health],
    milestones: this.fb.array<MilestoneForm>([]),
    indicators: this.fb.array<IndicatorForm>([]),
  });

  private readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  });

  protected readonly lead = computed(() => this.value().lead ?? '');
  protected readonly contributors = computed(
    () => this.value().contributors ?? [],
  );
  protected readonly regions = computed(() => this.value().regions ?? []);

  /** Active partners, and a retired one the action still names. */
  protected readonly partnerOptions = computed(() => {
    const action = this.action();
    const named = new Set(action ? [action.lead, ...action.contributors] : []);
    return this.labels().partners.filter(
      (p) => !p.retired || named.has(p.slug),
    );
  });

  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  /** A 409 for a stale version: someone else saved first. */
  protected readonly staleVersion = signal(false);

  constructor() {
    effect(() => {
      const action = this.action();
      const coordinator = this.isCoordinator();
      untracked(() => {
        if (action) this.showAction(action);
        this.lockCoordinatorFields(!coordinator);
      });
    });
    const { startDate, dueDate, status, progress } = this.form.controls;
    startDate.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => dueDate.updateValueAndValidity());
    status.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => progress.updateValueAndValidity());
  }

  protected get milestones(): FormArray<MilestoneForm> {
    return this.form.controls.milestones;
  }

  protected get indicators(): FormArray<IndicatorForm> {
    return this.form.controls.indicators;
  }

  protected addMilestone(milestone?: Milestone): void {
    this.milestones.push(
      this.fb.group({
        title: [milestone?.title ?? '', [notBlank, Validators.maxLength(200)]],
        dueDate: [milestone?.dueDate ?? '', Validators.required],
        doneDate: [milestone?.doneDate ?? ''],
      }),
    );
  }

  protected removeMilestone(index: number): void {
    this.milestones.removeAt(index);
  }

  protected addIndicator(indicator?: Indicator): void {
    this.indicators.push(
      this.fb.group({
        name: [indicator?.name ?? '', [notBlank, Validators.maxLength(200)]],
        unit: [indicator?.unit ?? '', [notBlank, Validators.maxLength(40)]],
        baseline: [indicator?.baseline ?? (null as number | null)],
        target: [indicator?.target ?? (null as number | null)],
        actual: [indicator?.actual ?? (null as number | null)],
      }),
    );
  }

  protected removeIndicator(index: number): void {
    this.indicators.removeAt(index);
  }

  protected toggle(
    list: 'contributors' | 'regions',
    key: string,
    checked: boolean,
  ): void {
    const control = this.form.controls[list];
    const values = control.value.filter((value) => value !== key);
    control.setValue(checked ? [...values, key] : values);
    control.markAsDirty();
  }

  /** `milestones.0.dueDate` → the control, for errors shown by path. */
  protected showError(path: string): boolean {
    const control = this.form.get(path);
    return (
      !!control &&
      control.enabled &&
      control.invalid &&
      (control.touched || this.submitted())
    );
  }

  protected errorId(path: string): string {
    return `action-error-${path.replace(/\./g, '-')}`;
  }

  /** The hint and, once shown, the errors of a control. */
  protected describedBy(path: string, hint?: string): string | null {
    const ids = [hint, this.showError(path) ? this.errorId(path) : undefined];
    return ids.filter((id) => !!id).join(' ') || null;
  }

  private translate(key: string, params?: Record<string, unknown>): string {
    return this.words()?.translate(key, params) ?? key;
  }

  protected errorsOf(path: string): string[] {
    const control = this.form.get(path);
    if (!control) return [];
    const parts = path.split('.');
    const name = parts[parts.length - 1];
    const key =
      parts[0] === 'milestones' && name === 'title' ? 'milestoneTitle' : name;
    return errorMessages(
      control,
      translateValues(this.words(), MESSAGES[key] ?? {}),
    );
  }

  protected reloadAction(): void {
    this.staleVersion.set(false);
    this.failure.set(null);
    this.data.reload();
  }

  protected saveAction(): void {
    this.submitted.set(true);
    this.failure.set(null);
    this.notice.set(null);
    this.staleVersion.set(false);
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.failure.set(this.translate('error.checkFields'));
      return;
    }
    if (this.pending()) return;
    const action = this.action();
    if (action) this.saveChanges(action);
    else this.createAction();
  }

  private createAction(): void {
    this.pending.set(true);
    this.actionsApi.create(this.input()).subscribe({
      next: (created) =>
        void this.router.navigate(['/actions', created.id], {
          state: {
            notice: this.translate('actions.form.created', {
              code: created.code,
            }),
          },
        }),
      error: (error: unknown) => this.showProblem(error),
    });
  }

  private saveChanges(action: ActionView): void {
    const changes = this.changes(action);
    if (Object.keys(changes).length === 1) {
      this.notice.set(this.translate('actions.form.unchanged'));
      return;
    }
    this.pending.set(true);
    this.actionsApi.update(action.id, changes).subscribe({
      next: (saved) =>
        void this.router.navigate(['/actions', saved.id], {
          state: { notice: this.translate('actions.form.saved') },
        }),
      error: (error: unknown) => this.showProblem(error),
    });
  }

  private showProblem(error: unknown): void {
    this.pending.set(false);
    const fields = this.fieldPaths();
    const problem = explainFormProblem(error, fields, this.words());
    if (error instanceof HttpErrorResponse && error.status === 409) {
      const body = error.error as { currentVersion?: number } | null;
      if (typeof body?.currentVersion === 'number') {
        this.staleVersion.set(true);
        return;
      }
      // A taken code is said next to the code as well.
      if (/code/i.test(problem.message) && !this.editing()) {
        problem.fields['code'] = [problem.message];
      }
    }
    if (error instanceof HttpErrorResponse && error.status === 403) {
      problem.message = this.translate('actions.form.forbidden');
    }
    showServerProblems(this.form, problem);
    this.failure.set(problem.message);
  }

  private fieldPaths(): string[] {
    return [
      ...TOP_FIELDS,
      ...this.milestones.controls.flatMap((_, i) =>
        ['title', 'dueDate', 'doneDate'].map((f) => `milestones.${i}.${f}`),
      ),
      ...this.indicators.controls.flatMap((_, i) =>
        ['name', 'unit', 'baseline', 'target', 'actual'].map(
          (f) => `indicators.${i}.${f}`,
        ),
      ),
    ];
  }

  private input(): ActionInput {
    const value = this.form.getRawValue();
    const code = value.code.trim().toUpperCase();
    return {
      ...(code ? { code } : {}),
      title: value.title.trim(),
      description: value.description.trim(),
      stream: Number(value.stream) as StreamNumber,
      phase: value.phase as PhaseKey,
      lead: value.lead,
      contributors: value.contributors.filter((slug) => slug !== value.lead),
      regions: value.regions,
      startDate: value.startDate || null,
      dueDate: value.dueDate || null,
      status: value.status,
      progress: Number(value.progress),
      health: value.health,
      milestones: this.milestoneValues(),
      indicators: this.indicatorValues(),
    };
  }

  // Only what changed is sent, so an editor never touches a field only the
  // coordinator changes (403), with the version read (SPEC §4).
  private changes(action: ActionView): ActionChanges {
    const input = this.input();
    const changes: ActionChanges = { version: action.version };
    const same = (a: unknown, b: unknown) =>
      JSON.stringify(a) === JSON.stringify(b);
    if (this.isCoordinator()) {
      if (input.code !== undefined && input.code !== action.code)
        changes.code = input.code;
      if (input.title !== action.title) changes.title = input.title;
      if (input.stream !== action.stream) changes.stream = input.stream;
      if (input.phase !== action.phase) changes.phase = input.phase;
      if (input.lead !== action.lead) changes.lead = input.lead;
      if (
        !same(
          [...(input.contributors ?? [])].sort(),
          [...action.contributors].sort(),
        )
      )
        changes.contributors = input.contributors;
      if (!same([...(input.regions ?? [])].sort(), [...action.regions].sort()))
        changes.regions = input.regions;
    }
    if (input.description !== action.description)
      changes.description = input.description;
    if (input.startDate !== action.startDate)
      changes.startDate = input.startDate;
    if (input.dueDate !== action.dueDate) changes.dueDate = input.dueDate;
    const milestones = action.milestones.map((m) => ({
      title: m.title,
      dueDate: m.dueDate,
      doneDate: m.doneDate,
    }));
    if (!same(input.milestones, milestones))
      changes.milestones = input.milestones;
    const indicators = action.indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      baseline: i.baseline,
      target: i.target,
      actual: i.actual,
    }));
    if (!same(input.indicators, indicators))
      changes.indicators = input.indicators;
    return changes;
  }

  private milestoneValues(): Milestone[] {
    return this.milestones.getRawValue().map((m) => ({
      title: m.title.trim(),
      dueDate: m.dueDate,
      doneDate: m.doneDate || null,
    }));
  }

  private indicatorValues(): Indicator[] {
    const number = (value: number | null) =>
      value === null || (value as unknown) === '' ? null : Number(value);
    return this.indicators.getRawValue().map((i) => ({
      name: i.name.trim(),
      unit: i.unit.trim(),
      baseline: number(i.baseline),
      target: number(i.target),
      actual: number(i.actual),
    }));
  }

  private showAction(action: ActionView): void {
    this.milestones.clear();
    this.indicators.clear();
    for (const milestone of action.milestones) this.addMilestone(milestone);
    for (const indicator of action.indicators) this.addIndicator(indicator);
    this.form.reset({
      code: action.code,
      title: action.title,
      description: action.description,
      stream: String(action.stream),
      phase: action.phase,
      lead: action.lead,
      contributors: [...action.contributors],
      regions: [...action.regions],
      startDate: action.startDate ?? '',
      dueDate: action.dueDate ?? '',
      status: action.status,
      progress: action.progress,
      health: action.health,
    });
    this.submitted.set(false);
  }

  private lockCoordinatorFields(locked: boolean): void {
    for (const field of COORDINATOR_FIELDS) {
      const control = this.form.controls[field];
      if (locked) control.disable({ emitEvent: false });
      else control.enable({ emitEvent: false });
    }
  }
}
