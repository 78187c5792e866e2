import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { PARTNER_KIND_LABELS, PartnerView } from '@ws/domain';
import { forkJoin } from 'rxjs';
import { ReferenceDataApi } from '../../core/reference-data/reference-data-api';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { PartnerTable } from '../partner-table/partner-table';
import { TranslocoDirective } from '@jsverse/transloco';

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

@Component({
  selector: 'app-partner-list',
  imports: [PartnerTable, ErrorState, LoadingIndicator, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partner-list.html',
  styleUrl: './partner-list.css',
})
export class PartnerList {
  private readonly referenceData = inject(ReferenceDataApi);

  protected readonly data = rxResource({
    stream: () =>
      forkJoin({
        partners: this.referenceData.partners(),
        domains: this.referenceData.effraDomains(),
      }),
  });

  protected readonly query = signal('');

  protected readonly partners = computed<PartnerView[]>(() =>
    this.data.hasValue() ? this.data.value().partners : [],
  );

  protected readonly shownPartners = computed(() => {
    const query = fold(this.query().trim());
    if (!query) return this.partners();
    return this.partners().filter((p) =>
      [
        p.name,
        p.fullName,
        p.regionName,
        PARTNER_KIND_LABELS[p.kind],
        p.thematic,
      ]
        .map(fold)
        .some((text) => text.includes(query)),
    );
  });

  protected filterPartners(query: string): void {
    this.query.set(query);
  }
}
