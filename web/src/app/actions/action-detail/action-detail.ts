import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  ActionView,
  IndicatorView,
  MilestoneView,
  StatusUpdateView,
  brusselsDate,
  can,
} from '@ws/domain';
import { Session } from '../../core/auth/session';
import { explainFormProblem } from '../../core/http/form-problem';
import { Words, wordsOf } from '../../core/i18n/words';
import { isNotFound } from '../../core/http/http-problem';
import { NotFound } from '../../core/not-found/not-found';
import { PRODUCT_NAME } from '../../core/page-title-strategy';
import { CalendarDate } from '../../shared/calendar-date';
import { DateTime } from '../../shared/date-time';
import { ErrorState } from '../../shared/error-state';
import { HealthBadge } from '../../shared/health-badge';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { ProgressBar, formatPercent } from '../../shared/progress-bar';
import { StatusBadge } from '../../shared/status-badge';
import { ActionComments } from '../action-comments/action-comments';
import {
  ActionLabels,
  ActionReferencesStore,
  NO_REFERENCES,
} from '../action-references';
import { ActionsApi, StatusUpdateResult } from '../actions-api';
import { StatusUpdateForm } from '../status-update-form/status-update-form';

export function actionId(param: string): number | undefined {
  const id = Number(param);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

interface HistoryEntry {
  update: StatusUpdateView;
  /** What changed since the update before it, in words */
  changes: string[];
}

interface IndicatorRow {
  indicator: IndicatorView;
  /** Share of the way from baseline to target, when both are known */
  reached: number | null;
}

/** How far an indicator has come from its baseline towards its target. */
export function indicatorProgress(indicator: IndicatorView): number | null {
  const { target, actual } = indicator;
  const baseline = indicator.baseline ?? 0;
  if (target === null || actual === null || target === baseline) return null;
  return Math.round(((actual - baseline) / (target - baseline)) * 100);
}

@Component({
  selector: 'app-action-detail',
  imports: [
    RouterLink,
    TranslocoDirective,
    ActionComments,
    CalendarDate,
    DateTime,
    ErrorState,
    HealthBadge,
    LoadingIndicator,
    NotFound,
    ProgressBar,
    StatusBadge,
    StatusUpdateForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-detail.html',
  styleUrl: './action-detail.css',
})
export class ActionDetail {
  private readonly actionsApi = inject(ActionsApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly user = inject(Session).user;
  private readonly referencesStore = inject(ActionReferencesStore);

  /** Route parameter `/actions/:id` */
  readonly id = input.required<string>();
  /** `?update=status`, the link of the e-mails, opens the status update form at once. */
  readonly update = input<string>();
  private updateFormOpenedFromLink = false;

  private readonly words = wordsOf('actions');

  // Set by the action form after it saved this action.
  protected readonly notice = signal<string | null>(
    (this.router.currentNavigation()?.extras.state?.['notice'] as
      | string
      | undefined) ?? null,
  );

  protected readonly data = rxResource({
    // No request for an address that cannot name an action.
    params: () => actionId(this.id()),
    stream: ({ params: id }) => this.actionsApi.get(id),
  });

  protected readonly history = rxResource({
    params: () => actionId(this.id()),
    stream: ({ params: id }) => this.actionsApi.updates(id),
  });

  private readonly references = rxResource({
    stream: () => this.referencesStore.references(),
    defaultValue: NO_REFERENCES,
  });

  protected readonly labels = computed(
    () => new ActionLabels(this.references.value()),
  );

  protected readonly action = computed(() =>
    this.data.hasValue() ? this.data.value() : null,
  );

  protected readonly notFound = computed(
    () => actionId(this.id()) === undefined || isNotFound(this.data.error()),
  );

  private readonly scope = computed(() => {
    const action = this.action();
    return action
      ? { lead: action.lead, contributors: action.contributors }
      : null;
  });

  /** SPEC §4: the coordinator, or an editor of the lead partner. */
  protected readonly canUpdate = computed(() => {
    const user = this.user();
    const scope = this.scope();
    return !!user && !!scope && can(user, 'update-action', scope);
  });

  protected readonly canDelete = computed(() => {
    const user = this.user();
    return !!user && can(user, 'manage-actions');
  });

  protected readonly today = brusselsDate(Date.now());

  protected readonly milestones = computed(() => {
    const action = this.action();
    if (!action) return [];
    return [...action.milestones].sort((a, b) =>
      a.dueDate.localeCompare(b.dueDate),
    );
  });

  protected readonly indicators = computed<IndicatorRow[]>(() =>
    (this.action()?.indicators ?? []).map((indicator) => ({
      indicator,
      reached: indicatorProgress(indicator),
    })),
  );

  protected readonly historyEntries = computed<HistoryEntry[]>(() => {
    const updates = this.history.hasValue() ? this.history.value().items : [];
    // Newest first: each update is compared with the one after it.
    return updates.map((update, i) => ({
      update,
      changes: this.changesSince(update, updates[i + 1], this.words()),
    }));
  });

  protected readonly updating = signal(false);
  protected readonly confirmingDelete = signal(false);
  protected readonly deleting = signal(false);
  protected readonly deleteFailure = signal<string | null>(null);

  private readonly updateButton =
    viewChild<ElementRef<HTMLButtonElement>>('updateButton');
  private readonly confirmDeleteButton = viewChild<
    ElementRef<HTMLButtonElement>
  >('confirmDeleteButton');
  private readonly historyHeading =
    viewChild<ElementRef<HTMLElement>>('historyHeading');
  private readonly focusTarget = signal<
    'update' | 'confirm-delete' | 'history' | null
  >(null);

  constructor() {
    effect(() => {
      const action = this.action();
      if (action) {
        this.title.setTitle(`${action.code} ${action.title} · ${PRODUCT_NAME}`);
      }
    });
    effect(() => {
      if (
        this.update() === 'status' &&
        this.action() &&
        this.canUpdate() &&
        !this.updateFormOpenedFromLink
      ) {
        this.updateFormOpenedFromLink = true;
        untracked(() => this.openUpdateForm());
      }
    });
    // Keyboard and screen-reader users land where the page changed.
    effect(() => {
      const target = this.focusTarget();
      const element =
        target === 'update'
          ? this.updateButton()
          : target === 'confirm-delete'
            ? this.confirmDeleteButton()
            : target === 'history'
              ? this.historyHeading()
              : undefined;
      if (!element) return;
      element.nativeElement.focus();
      untracked(() => this.focusTarget.set(null));
    });
  }

  protected isNext(milestone: MilestoneView): boolean {
    return this.action()?.nextMilestone?.id === milestone.id;
  }

  protected isLate(milestone: MilestoneView): boolean {
    return milestone.doneDate === null && milestone.dueDate < this.today;
  }

  protected partnerNames(slugs: readonly string[]): string[] {
    return slugs.map((slug) => this.labels().partner(slug));
  }

  protected openUpdateForm(): void {
    this.notice.set(null);
    this.updating.set(true);
  }

  protected closeUpdateForm(): void {
    this.updating.set(false);
    this.focusTarget.set('update');
  }

  protected showPostedUpdate(result: StatusUpdateResult): void {
    this.updating.set(false);
    this.data.set(result.action);
    this.history.reload();
    this.notice.set(
      this.words()?.translate('actions.detail.posted') ??
        'Your status update is posted and shown first in the history.',
    );
    this.focusTarget.set('history');
  }

  protected askToDelete(): void {
    this.deleteFailure.set(null);
    this.confirmingDelete.set(true);
    this.focusTarget.set('confirm-delete');
  }

  protected cancelDelete(): void {
    this.confirmingDelete.set(false);
  }

  protected deleteAction(action: ActionView): void {
    if (this.deleting()) return;
    this.deleting.set(true);
    this.actionsApi.delete(action.id).subscribe({
      next: () =>
        void this.router.navigate(['/actions'], {
          state: { deleted: action.code },
        }),
      error: (error: unknown) => {
        this.deleting.set(false);
        this.confirmingDelete.set(false);
        this.deleteFailure.set(
          explainFormProblem(error, [], this.words()).message,
        );
      },
    });
  }

  private changesSince(
    update: StatusUpdateView,
    before: StatusUpdateView | undefined,
    words: Words | null,
  ): string[] {
    if (!before || !words) return [];
    const changes: string[] = [];
    if (update.status !== before.status)
      changes.push(
        words.translate('actions.detail.changeStatus', {
          before: words.translate(`status.${before.status}`),
          after: words.translate(`status.${update.status}`),
        }),
      );
    if (update.progress !== before.progress)
      changes.push(
        words.translate('actions.detail.changeProgress', {
          before: formatPercent(before.progress, words.locale),
          after: formatPercent(update.progress, words.locale),
        }),
      );
    if (update.health !== before.health)
      changes.push(
        words.translate('actions.detail.changeHealth', {
          before: words.translate(`health.${before.health}`),
          after: words.translate(`health.${update.health}`),
        }),
      );
    return changes;
  }

  protected percent(value: number): string {
    return formatPercent(value, this.words()?.locale ?? 'en-GB');
  }
}
