import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  linkedSignal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { DashboardView } from '@ws/domain';
import { countOf, wordsOf } from '../../core/i18n/words';
import { CalendarDate } from '../../shared/calendar-date';
import { DateTime } from '../../shared/date-time';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { ProgressBar } from '../../shared/progress-bar';
import { AttentionList } from '../attention-list/attention-list';
import { BreakdownTable } from '../breakdown-table/breakdown-table';
import { DashboardApi } from '../dashboard-api';
import { DashboardChart } from '../dashboard-chart/dashboard-chart';
import {
  healthChart,
  milestoneTimelineChart,
  partnerProgressChart,
  statusChart,
  streamProgressChart,
} from '../dashboard-charts';
import {
  DashboardFilters,
  actionListParams,
  hasDashboardFilters,
  parseDashboardFilters,
} from '../dashboard-filters';
import {
  DashboardFilterBar,
  FilterChange,
  FilterOptions,
} from '../dashboard-filter-bar/dashboard-filter-bar';
import {
  describeScope,
  fullListLink,
  headlineFigures,
  partnerStreamMatrix,
  phaseBreakdown,
  phaseStatus,
  regionBreakdown,
} from '../dashboard-view';
import { HeadlineFigures } from '../headline-figures/headline-figures';
import { PartnerStreamMatrix } from '../partner-stream-matrix/partner-stream-matrix';
import { ChangesPanel } from '../../sessions/changes-panel/changes-panel';
import { RuleSummary } from '../rule-summary/rule-summary';
import { PipelinePanel } from '../../investments/pipeline-panel/pipeline-panel';

// SPEC §5: milestones shown are those of the coming 60 days (the API's window).
const MILESTONE_HORIZON_DAYS = 60;

const sameJson = <T>(a: T, b: T) => JSON.stringify(a) === JSON.stringify(b);

// The steering committee's dashboard. Its filters live in the address, so a
// filtered dashboard can be sent as a link; every figure opens its actions.
@Component({
  selector: 'app-dashboard-page',
  imports: [
    AttentionList,
    BreakdownTable,
    CalendarDate,
    ChangesPanel,
    DashboardChart,
    DashboardFilterBar,
    DateTime,
    ErrorState,
    HeadlineFigures,
    LoadingIndicator,
    PartnerStreamMatrix,
    PipelinePanel,
    ProgressBar,
    RouterLink,
    RuleSummary,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.css',
})
export class DashboardPage {
  private readonly dashboardApi = inject(DashboardApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  private readonly words = wordsOf('dashboard');

  private readonly params = toSignal(this.route.queryParamMap, {
    requireSync: true,
  });

  protected readonly filters = computed(
    () => parseDashboardFilters(this.params()),
    { equal: sameJson },
  );

  protected readonly filtered = computed(() =>
    hasDashboardFilters(this.filters()),
  );

  protected readonly data = rxResource({
    params: () => this.filters(),
    stream: ({ params }) => this.dashboardApi.get(params),
  });

  // The figures shown stay on screen while those of new filters load.
  protected readonly view = linkedSignal<
    DashboardView | undefined,
    DashboardView | undefined
  >({
    source: () => (this.data.hasValue() ? this.data.value() : undefined),
    computation: (value, previous) => value ?? previous?.value,
  });

  /** The filters the figures shown were computed for */
  private readonly shownFilters = computed<DashboardFilters>(
    () => this.view()?.filters ?? this.filters(),
  );

  protected readonly filterOptions = computed<FilterOptions | null>(() => {
    const view = this.view();
    if (!view) return null;
    return {
      phase: view.byPhase.map((p) => ({ value: p.key, label: p.name })),
      stream: view.byStream.map((s) => ({
        value: String(s.number),
        label: `${s.code} ${s.title}`,
        short: s.code,
      })),
      region: view.byRegion.map((r) => ({ value: r.code, label: r.name })),
      partner: view.byPartner.map((p) => ({ value: p.slug, label: p.name })),
    };
  });

  /** What the figures are about, in words; null for the whole plan */
  protected readonly scope = computed(() => {
    const view = this.view();
    const words = this.words();
    return view && words ? describeScope(view, words) : null;
  });

  protected readonly headline = computed(() => {
    const view = this.view();
    const words = this.words();
    return view && words ? headlineFigures(view, view.filters, words) : [];
  });

  protected readonly phase = computed(() => {
    const view = this.view();
    return view ? phaseStatus(view) : null;
  });

  /**
   * With a partner filter the figures count actions a partner leads or
   * contributes to, which the action list shows as two lists.
   */
  protected readonly partnerLinks = computed(() => {
    const filters = this.shownFilters();
    if (!filters.partner.length) return null;
    const others = actionListParams({ ...filters, partner: [] }) ?? {};
    const partners = filters.partner.join(',');
    return {
      led: { ...others, lead: partners },
      contributed: { ...others, contributor: partners },
    };
  });

  protected readonly streamChart = computed(() => {
    const view = this.view();
    const words = this.words();
    return view && words
      ? streamProgressChart(view, view.filters, words)
      : null;
  });

  protected readonly partnerChart = computed(() => {
    const view = this.view();
    const words = this.words();
    return view && words
      ? partnerProgressChart(view, view.filters, words)
      : null;
  });

  protected readonly statusChart = computed(() => {
    const view = this.view();
    const words = this.words();
    return view && words
      ? statusChart(view.overall, view.filters, words)
      : null;
  });

  protected readonly healthChart = computed(() => {
    const view = this.view();
    const words = this.words();
    return view && words
      ? healthChart(view.overall, view.filters, words)
      : null;
  });

  private readonly partnerNames = computed(
    () => new Map((this.view()?.byPartner ?? []).map((p) => [p.slug, p.name])),
  );

  protected readonly milestoneChart = computed(() => {
    const view = this.view();
    const words = this.words();
    return view && words
      ? milestoneTimelineChart(
          view.upcomingMilestones,
          view.today,
          MILESTONE_HORIZON_DAYS,
          words,
          this.partnerNames(),
        )
      : null;
  });

  protected readonly matrix = computed(() => {
    const view = this.view();
    const words = this.words();
    return view && words
      ? partnerStreamMatrix(view, view.filters, words)
      : null;
  });

  protected readonly phases = computed(() => {
    const view = this.view();
    const words = this.words();
    return view && words ? phaseBreakdown(view, view.filters, words) : [];
  });

  protected readonly regions = computed(() => {
    const view = this.view();
    const words = this.words();
    return view && words ? regionBreakdown(view, view.filters, words) : [];
  });

  protected readonly lists = computed(() => {
    const filters = this.shownFilters();
    return {
      overdue: fullListLink('overdue', filters),
      stale: fullListLink('stale', filters),
      red: fullListLink('red', filters),
    };
  });

  protected actionCount(count: number): string {
    const words = this.words();
    return words ? countOf(words, 'dashboard.charts.count.action', count) : '';
  }

  protected leadName(slug: string): string {
    return this.partnerNames().get(slug) ?? slug;
  }

  protected changeFilter(change: FilterChange): void {
    // The shell moves the focus to the page after each navigation; whoever
    // ticks boxes in a filter stays there to tick the next one.
    const focused = this.document.activeElement as HTMLElement | null;
    void this.router
      .navigate([], {
        relativeTo: this.route,
        queryParams: { [change.key]: change.values.join(',') || null },
        queryParamsHandling: 'merge',
      })
      .then(() => focused?.focus({ preventScroll: true }));
  }

  protected clearFilters(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }
}
