import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import {
  rxResource,
  takeUntilDestroyed,
  toSignal,
} from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ACTION_STATUSES, ActionStatus, HEALTHS, can } from '@ws/domain';
import { debounceTime, forkJoin, map, merge } from 'rxjs';
import { Session } from '../../core/auth/session';
import { countOf, wordsOf } from '../../core/i18n/words';
import { CalendarDate } from '../../shared/calendar-date';
import { ErrorState } from '../../shared/error-state';
import { HealthBadge } from '../../shared/health-badge';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { Pager } from '../../shared/pager';
import { ProgressBar } from '../../shared/progress-bar';
import { StatusBadge } from '../../shared/status-badge';
import {
  ActionFilters,
  ActionSort,
  ActionSortKey,
  LIST_FILTER_KEYS,
  filtersOf,
  formatSort,
  hasFilters,
  parseActionQuery,
  parseSort,
} from '../action-query';
import {
  ActionLabels,
  ActionReferencesStore,
  NO_REFERENCES,
} from '../action-references';
import { PlanExportButton } from '../../admin/plan-import/plan-export-button';
import { ActionsApi } from '../actions-api';

type ListFilterKey = (typeof LIST_FILTER_KEYS)[number];

// The columns a user can order the list by, in the order shown; each is
// named by actions.list.columns.<key>.
const COLUMNS: readonly { key: ActionSortKey }[] = [
  { key: 'code' },
  { key: 'title' },
  { key: 'stream' },
  { key: 'phase' },
  { key: 'lead' },
  { key: 'status' },
  { key: 'health' },
  { key: 'progress' },
  { key: 'dueDate' },
];

interface StatusCount {
  status: ActionStatus;
  count: number;
}

const sameJson = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

// The joint action plan. Filters, order and page live in the query string,
// so a filtered list can be shared, reloaded and reached from other pages.
@Component({
  selector: 'app-action-list',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    CalendarDate,
    ErrorState,
    HealthBadge,
    LoadingIndicator,
    Pager,
    ProgressBar,
    StatusBadge,
    TranslocoDirective,
    PlanExportButton,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-list.html',
  styleUrl: './action-list.css',
})
export class ActionList {
  private readonly actionsApi = inject(ActionsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly user = inject(Session).user;

  protected readonly columns = COLUMNS;
  protected readonly statuses = ACTION_STATUSES;
  protected readonly healths = HEALTHS;
  private readonly words = wordsOf('actions');

  protected readonly canCreate = computed(() => {
    const user = this.user();
    return !!user && can(user, 'manage-actions');
  });

  // Set by the action page after deleting an action.
  protected readonly deleted = signal<string | null>(
    (this.router.currentNavigation()?.extras.state?.['deleted'] as
      | string
      | undefined) ?? null,
  );

  private readonly params = toSignal(this.route.queryParamMap, {
    requireSync: true,
  });

  protected readonly query = computed(() => parseActionQuery(this.params()), {
    equal: sameJson,
  });

  protected readonly filters = computed(() => filtersOf(this.query()), {
    equal: sameJson,
  });

  protected readonly sort = computed(() => parseSort(this.query().sort));

  protected readonly sortDescription = computed(() => {
    const words = this.words();
    if (!words) return '';
    const sort = this.sort();
    const column = COLUMNS.find((c) => c.key === sort.key)
      ? words
          .translate(`actions.list.columns.${sort.key}`)
          .toLocaleLowerCase(words.locale)
      : words.translate('actions.list.lastChange');
    return sort.descending
      ? words.translate('actions.list.descending', { column })
      : words.translate('actions.list.ascending', { column });
  });

  protected readonly filtered = computed(() => hasFilters(this.filters()));

  protected readonly actions = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.actionsApi.list(params),
  });

  // Counts by status under the other filters: each status is one more
  // question, for the total only.
  private readonly countFilters = computed(
    () => ({ ...this.filters(), status: undefined }),
    { equal: sameJson },
  );

  protected readonly statusCounts = rxResource({
    params: () => this.countFilters(),
    stream: ({ params }) =>
      forkJoin(
        ACTION_STATUSES.map((status) =>
          this.actionsApi
            .list({ ...params, status, page: 1, pageSize: 1 })
            .pipe(map((page) => page.total)),
        ),
      ).pipe(
        map((totals): StatusCount[] =>
          ACTION_STATUSES.map((status, i) => ({
            status,
            count: totals[i],
          })),
        ),
      ),
  });

  private readonly referencesStore = inject(ActionReferencesStore);
  private readonly references = rxResource({
    stream: () => this.referencesStore.references(),
    defaultValue: NO_REFERENCES,
  });

  protected readonly labels = computed(
    () => new ActionLabels(this.references.value()),
  );

  protected readonly items = computed(() =>
    this.actions.hasValue() ? this.actions.value().items : [],
  );

  protected readonly pages = computed(() => {
    if (!this.actions.hasValue()) return null;
    const { total, page, pageSize } = this.actions.value();
    const count = Math.max(1, Math.ceil(total / pageSize));
    return {
      current: page,
      count,
      first: total ? (page - 1) * pageSize + 1 : 0,
      last: Math.min(total, page * pageSize),
      total,
      pageSize,
    };
  });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    q: [''],
    stream: [''],
    phase: [''],
    lead: [''],
    contributor: [''],
    region: [''],
    status: [''],
    health: [''],
    overdue: [''],
    stale: [''],
  });

  private shownQuery = '';

  constructor() {
    // Back, forward and shared links change the address: show it in the form.
    effect(() => this.showFilters(this.filters()));

    const { q, ...choices } = this.form.controls;
    merge(
      q.valueChanges.pipe(debounceTime(300)),
      ...Object.values(choices).map((control) => control.valueChanges),
    )
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.applyFilters());
  }

  protected ariaSort(key: ActionSortKey): 'ascending' | 'descending' | null {
    const sort = this.sort();
    if (sort.key !== key) return null;
    return sort.descending ? 'descending' : 'ascending';
  }

  protected sortBy(key: ActionSortKey): void {
    const current = this.sort();
    const next: ActionSort =
      current.key === key
        ? { key, descending: !current.descending }
        : { key, descending: false };
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { sort: formatSort(next) ?? null, page: null },
      queryParamsHandling: 'merge',
    });
  }

  protected sortHint(key: ActionSortKey): string {
    const sort = this.sort();
    const descendingNext = sort.key === key && !sort.descending;
    return (
      this.words()?.translate(
        descendingNext
          ? 'actions.list.sortDescending'
          : 'actions.list.sortAscending',
      ) ?? ''
    );
  }

  protected actionCount(count: number): string {
    const words = this.words();
    return words ? countOf(words, 'actions.list.count', count) : '';
  }

  protected clearFilters(): void {
    const sort = formatSort(this.sort());
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: sort ? { sort } : {},
    });
  }

  /** A list filter from a link (`status=in_progress,on_hold`) keeps its label. */
  protected combinedOption(
    key: ListFilterKey,
  ): { value: string; label: string } | null {
    const value = this.filters()[key];
    if (!value?.includes(',')) return null;
    const or = this.words()?.translate('actions.common.or') ?? '/';
    return {
      value,
      label: value
        .split(',')
        .map((v) => this.optionLabel(key, v))
        .join(` ${or} `),
    };
  }

  private optionLabel(key: ListFilterKey, value: string): string {
    const labels = this.labels();
    switch (key) {
      case 'stream':
        return labels.streamCode(Number(value));
      case 'phase':
        return labels.phase(value);
      case 'lead':
      case 'contributor':
        return labels.partner(value);
      case 'region':
        return labels.region(value);
      case 'status':
      case 'health':
        return this.words()?.translate(`${key}.${value}`) ?? value;
    }
  }

  private applyFilters(): void {
    const value = this.form.getRawValue();
    this.shownQuery = value.q.trim();
    this.deleted.set(null);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        q: value.q.trim() || null,
        stream: value.stream || null,
        phase: value.phase || null,
        lead: value.lead || null,
        contributor: value.contributor || null,
        region: value.region || null,
        status: value.status || null,
        health: value.health || null,
        overdue: value.overdue || null,
        stale: value.stale || null,
        // A new filter starts again from the first page.
        page: null,
      },
      queryParamsHandling: 'merge',
    });
  }

  private showFilters(filters: ActionFilters): void {
    const query = filters.q ?? '';
    // The search being typed is rewritten only when the address changed for
    // another reason (back, a shared link, clearing the filters).
    const text = query === this.shownQuery ? this.form.controls.q.value : query;
    this.shownQuery = query;
    this.form.setValue(
      {
        q: text,
        stream: filters.stream ?? '',
        phase: filters.phase ?? '',
        lead: filters.lead ?? '',
        contributor: filters.contributor ?? '',
        region: filters.region ?? '',
        status: filters.status ?? '',
        health: filters.health ?? '',
        overdue: filters.overdue === undefined ? '' : String(filters.overdue),
        stale: filters.stale === undefined ? '' : String(filters.stale),
      },
      { emitEvent: false },
    );
  }
}
