import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  INVESTMENT_STATUSES,
  InvestmentStatus,
  InvestmentView,
  can,
} from '@ws/domain';
import { Session } from '../../core/auth/session';
import { CalendarDate } from '../../shared/calendar-date';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { Euros } from '../euros';
import {
  InvestmentReferencesStore,
  NO_INVESTMENT_REFERENCES,
} from '../investment-references';
import { InvestmentTotals } from '../investment-totals/investment-totals';
import { InvestmentFilters, InvestmentsApi } from '../investments-api';

const FILTER_KEYS = ['instrument', 'partner', 'region', 'q'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

interface BoardColumn {
  status: InvestmentStatus;
  proposals: InvestmentView[];
  count: number;
  amountCents: number;
}

// The investment pipeline as a board with one column per status, its totals and
// the calls closing next. The filters live in the address.
@Component({
  selector: 'app-investment-board',
  imports: [
    RouterLink,
    TranslocoDirective,
    CalendarDate,
    ErrorState,
    LoadingIndicator,
    Euros,
    InvestmentTotals,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './investment-board.html',
  styleUrl: './investment-board.css',
})
export class InvestmentBoard {
  private readonly api = inject(InvestmentsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly user = inject(Session).user;

  private readonly params = toSignal(this.route.queryParamMap, {
    requireSync: true,
  });

  protected readonly filters = computed(
    (): InvestmentFilters =>
      Object.fromEntries(
        FILTER_KEYS.map((key) => [key, this.params().get(key) ?? undefined]),
      ),
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly filtered = computed(() =>
    FILTER_KEYS.some((key) => this.filters()[key]),
  );

  protected readonly proposals = rxResource({
    params: () => this.filters(),
    stream: ({ params }) => this.api.list(params),
  });

  protected readonly pipeline = rxResource({
    params: () => this.filters(),
    stream: ({ params: { instrument, partner, region } }) =>
      this.api.pipeline({ instrument, partner, region }),
  });

  private readonly referencesStore = inject(InvestmentReferencesStore);
  protected readonly references = rxResource({
    stream: () => this.referencesStore.references(),
    defaultValue: NO_INVESTMENT_REFERENCES,
  });

  protected readonly canCreate = computed(() => {
    const user = this.user();
    return !!user && can(user, 'manage-investments');
  });

  protected readonly columns = computed((): BoardColumn[] => {
    const items = this.proposals.value()?.items ?? [];
    const totals = this.pipeline.value()?.byStatus ?? [];
    return INVESTMENT_STATUSES.map((status) => {
      const proposals = items.filter((p) => p.status === status);
      const total = totals.find((row) => row.status === status);
      return {
        status,
        proposals,
        count: total?.count ?? proposals.length,
        amountCents: total?.amountCents ?? 0,
      };
    });
  });

  protected filterBy(key: FilterKey, value: string): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { [key]: value.trim() || null },
      queryParamsHandling: 'merge',
    });
  }

  protected search(event: Event, text: string): void {
    event.preventDefault();
    this.filterBy('q', text);
  }

  protected clearFilters(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected reload(): void {
    this.proposals.reload();
    this.pipeline.reload();
  }
}
