import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import {
  rxResource,
  takeUntilDestroyed,
  toSignal,
} from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { PartnerView, ROLES, Role } from '@ws/domain';
import { catchError, debounceTime, map, merge, of } from 'rxjs';
import { Session } from '../../core/auth/session';
import { ReferenceDataApi } from '../../core/reference-data/reference-data-api';
import { DateTime } from '../../shared/date-time';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { Pager } from '../../shared/pager';
import { AccountFilter, AccountsApi } from '../accounts-api';
import { AdminSections } from '../administration/admin-sections';
import { TranslocoDirective } from '@jsverse/transloco';

export const ACCOUNTS_PAGE_SIZE = 25;

type Status = '' | 'active' | 'disabled';

interface FilterForm {
  q: string;
  role: string;
  partner: string;
  status: Status;
}

const isRole = (value: string | undefined): value is Role =>
  (ROLES as readonly string[]).includes(value ?? '');

// The filters live in the query string, so a filtered list can be shared,
// reloaded and navigated back to.
@Component({
  selector: 'app-account-list',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    DateTime,
    ErrorState,
    LoadingIndicator,
    Pager,
    AdminSections,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-list.html',
  styleUrl: './account-list.css',
})
export class AccountList {
  private readonly accountsApi = inject(AccountsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Query parameters */
  readonly role = input<string>();
  readonly partner = input<string>();
  readonly active = input<string>();
  readonly q = input<string>();
  readonly page = input<string>();

  protected readonly roles = ROLES;
  protected readonly me = inject(Session).user;

  protected readonly filter = computed<AccountFilter>(() => {
    const role = this.role();
    const active = this.active();
    const page = Number(this.page());
    return {
      role: isRole(role) ? role : undefined,
      partner: this.partner() || undefined,
      active: active === 'true' ? true : active === 'false' ? false : undefined,
      q: this.q()?.trim() || undefined,
      page: Number.isInteger(page) && page > 1 ? page : 1,
      pageSize: ACCOUNTS_PAGE_SIZE,
    };
  });

  protected readonly accounts = rxResource({
    params: () => this.filter(),
    stream: ({ params }) => this.accountsApi.list(params),
  });

  // The partner filter still works as a list of slugs if partners fail to load.
  protected readonly partners = toSignal(
    inject(ReferenceDataApi)
      .partners()
      .pipe(catchError(() => of<PartnerView[]>([]))),
    { initialValue: [] },
  );

  protected readonly filters = inject(FormBuilder).nonNullable.group({
    q: [''],
    role: [''],
    partner: [''],
    status: ['' as Status],
  });

  private shownQuery = '';

  protected readonly filtered = computed(() => {
    const { role, partner, active, q } = this.filter();
    return !!(role || partner || active !== undefined || q);
  });

  protected readonly items = computed(() =>
    this.accounts.hasValue() ? this.accounts.value().items : [],
  );

  protected readonly pages = computed(() => {
    if (!this.accounts.hasValue()) return null;
    const { total, page, pageSize } = this.accounts.value();
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

  constructor() {
    // Back, forward and shared links change the URL: show it in the form.
    effect(() => this.showFilter(this.filter()));

    const { q, role, partner, status } = this.filters.controls;
    merge(
      q.valueChanges.pipe(debounceTime(300)),
      role.valueChanges,
      partner.valueChanges,
      status.valueChanges,
    )
      .pipe(
        map(() => this.filters.getRawValue()),
        takeUntilDestroyed(),
      )
      .subscribe((value) => this.applyFilters(value));
  }

  protected clearFilters(): void {
    void this.router.navigate([], { relativeTo: this.route });
  }

  private applyFilters(value: FilterForm): void {
    this.shownQuery = value.q.trim();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        q: value.q.trim() || null,
        role: value.role || null,
        partner: value.partner || null,
        active:
          value.status === 'active'
            ? 'true'
            : value.status === 'disabled'
              ? 'false'
              : null,
        // A new filter starts again from the first page.
        page: null,
      },
      queryParamsHandling: 'merge',
    });
  }

  private showFilter(filter: AccountFilter): void {
    const query = filter.q ?? '';
    // The search text being typed is rewritten only when the address changed
    // for another reason (back, a shared link, clearing the filters).
    const text =
      query === this.shownQuery ? this.filters.controls.q.value : query;
    this.shownQuery = query;
    this.filters.setValue(
      {
        q: text,
        role: filter.role ?? '',
        partner: filter.partner ?? '',
        status:
          filter.active === true
            ? 'active'
            : filter.active === false
              ? 'disabled'
              : '',
      },
      { emitEvent: false },
    );
  }
}
