import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  DASHBOARD_FILTER_KEYS,
  DashboardFilterKey,
  DashboardFilters,
  hasDashboardFilters,
} from '../dashboard-filters';

export interface FilterOption {
  value: string;
  label: string;
  /** Shorter name for the button once chosen, e.g. "S3" */
  short?: string;
}

export type FilterOptions = Record<DashboardFilterKey, FilterOption[]>;

export interface FilterChange {
  key: DashboardFilterKey;
  values: string[];
}

// Keys of dashboard.filters: the filter's name is its own key.
const ALL_KEYS: Record<DashboardFilterKey, string> = {
  phase: 'allPhases',
  stream: 'allStreams',
  region: 'allRegions',
  partner: 'allPartners',
};

interface FilterView {
  key: DashboardFilterKey;
  /** The key of "All streams" and the like */
  allKey: string;
  /** What is chosen: "S1, S3"; null when nothing is */
  summary: string | null;
  options: (FilterOption & { checked: boolean })[];
}

// Each filter is a short list of check boxes that opens from its button, so
// several phases, streams, regions or partners can be chosen at once.
@Component({
  selector: 'app-dashboard-filter-bar',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-filter-bar.html',
  styleUrl: './dashboard-filter-bar.css',
  host: {
    '(document:click)': 'closeWhenOutside($event)',
    '(keydown.escape)': 'closeAndFocus()',
  },
})
export class DashboardFilterBar {
  private readonly element = inject(ElementRef<HTMLElement>);

  readonly filters = input.required<DashboardFilters>();
  readonly options = input.required<FilterOptions>();
  readonly filterChange = output<FilterChange>();
  readonly clear = output<void>();

  protected readonly open = signal<DashboardFilterKey | null>(null);

  protected readonly filtered = computed(() =>
    hasDashboardFilters(this.filters()),
  );

  protected readonly views = computed<FilterView[]>(() =>
    DASHBOARD_FILTER_KEYS.map((key) => {
      const chosen = (this.filters()[key] as readonly (string | number)[]).map(
        String,
      );
      const options = this.options()[key].map((option) => ({
        ...option,
        checked: chosen.includes(option.value),
      }));
      const labels = options
        .filter((o) => o.checked)
        .map((o) => o.short ?? o.label);
      return {
        key,
        allKey: ALL_KEYS[key],
        summary: labels.length ? labels.join(', ') : null,
        options,
      };
    }),
  );

  protected toggleOpen(key: DashboardFilterKey, event: Event): void {
    const details = event.target as HTMLDetailsElement;
    if (details.open) this.open.set(key);
    else if (this.open() === key) this.open.set(null);
  }

  protected choose(view: FilterView, value: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const values = view.options
      .filter((o) => (o.value === value ? checked : o.checked))
      .map((o) => o.value);
    this.filterChange.emit({ key: view.key, values });
  }

  protected closeWhenOutside(event: Event): void {
    if (!this.open()) return;
    const target = event.target as Node | null;
    const details = this.element.nativeElement.querySelector(
      'details[open]',
    ) as HTMLElement | null;
    if (target && details?.contains(target)) return;
    this.open.set(null);
  }

  protected closeAndFocus(): void {
    const key = this.open();
    if (!key) return;
    this.open.set(null);
    (
      this.element.nativeElement.querySelector(
        `[data-filter="${key}"] summary`,
      ) as HTMLElement | null
    )?.focus();
  }
}
