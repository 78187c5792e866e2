import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { can } from '@ws/domain';
import { Session } from '../../core/auth/session';
import { isNotFound } from '../../core/http/http-problem';
import { NotFound } from '../../core/not-found/not-found';
import { PRODUCT_NAME } from '../../core/page-title-strategy';
import { CalendarDate } from '../../shared/calendar-date';
import { DateTime } from '../../shared/date-time';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { Euros } from '../euros';
import {
  InvestmentReferencesStore,
  NO_INVESTMENT_REFERENCES,
} from '../investment-references';
import { InvestmentsApi } from '../investments-api';

/** A proposal id from the address, or undefined when it cannot be one. */
export function investmentId(param: string): number | undefined {
  const id = Number(param);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

// One proposal: its facts, the partners and regions behind it, the actions it
// funds and the dated history of its status.
@Component({
  selector: 'app-investment-detail',
  imports: [
    RouterLink,
    TranslocoDirective,
    CalendarDate,
    DateTime,
    ErrorState,
    LoadingIndicator,
    NotFound,
    Euros,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './investment-detail.html',
  styleUrl: './investment-detail.css',
})
export class InvestmentDetail {
  private readonly api = inject(InvestmentsApi);
  private readonly user = inject(Session).user;
  private readonly title = inject(Title);
  private readonly referencesStore = inject(InvestmentReferencesStore);

  readonly id = input.required<string>();

  protected readonly data = rxResource({
    params: () => investmentId(this.id()),
    stream: ({ params: id }) => this.api.get(id),
  });
  protected readonly history = rxResource({
    params: () => investmentId(this.id()),
    stream: ({ params: id }) => this.api.history(id),
  });
  private readonly references = rxResource({
    stream: () => this.referencesStore.references(),
    defaultValue: NO_INVESTMENT_REFERENCES,
  });

  protected readonly proposal = computed(() =>
    this.data.hasValue() ? this.data.value() : null,
  );
  protected readonly notFound = computed(
    () =>
      investmentId(this.id()) === undefined || isNotFound(this.data.error()),
  );

  protected readonly canEdit = computed(() => {
    const user = this.user();
    const proposal = this.proposal();
    return (
      !!user &&
      !!proposal &&
      can(user, 'manage-investments', {
        lead: proposal.lead,
        contributors: proposal.partners,
      })
    );
  });

  protected readonly partnerNames = computed(() =>
    this.namesOf(
      this.proposal()?.partners ?? [],
      (key) =>
        this.references.value().partners.find((p) => p.slug === key)?.name,
    ),
  );
  protected readonly regionNames = computed(() =>
    this.namesOf(
      this.proposal()?.regions ?? [],
      (key) =>
        this.references.value().regions.find((r) => r.code === key)?.name,
    ),
  );

  constructor() {
    effect(() => {
      const proposal = this.proposal();
      if (proposal) this.title.setTitle(`${proposal.title} · ${PRODUCT_NAME}`);
    });
  }

  private namesOf(
    keys: string[],
    name: (key: string) => string | undefined,
  ): string {
    return keys.map((key) => name(key) ?? key).join(', ');
  }
}
