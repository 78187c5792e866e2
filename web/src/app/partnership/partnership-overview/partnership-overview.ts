import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { forkJoin } from 'rxjs';
import { ReferenceDataApi } from '../../core/reference-data/reference-data-api';
import { PartnerTable } from '../../partners/partner-table/partner-table';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { KeyFigures } from '../key-figures/key-figures';
import { PhaseTimeline } from '../phase-timeline/phase-timeline';
import { RegionGroups } from '../region-groups/region-groups';
import { StreamList } from '../stream-list/stream-list';
import { TranslocoDirective } from '@jsverse/transloco';

@Component({
  selector: 'app-partnership-overview',
  imports: [
    ErrorState,
    KeyFigures,
    LoadingIndicator,
    PartnerTable,
    PhaseTimeline,
    RegionGroups,
    StreamList,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partnership-overview.html',
})
export class PartnershipOverview {
  private readonly referenceData = inject(ReferenceDataApi);

  protected readonly data = rxResource({
    stream: () =>
      forkJoin({
        partnership: this.referenceData.partnership(),
        phases: this.referenceData.phases(),
        streams: this.referenceData.streams(),
        regions: this.referenceData.regions(),
        partners: this.referenceData.partners(),
        domains: this.referenceData.effraDomains(),
      }),
  });

  protected readonly overview = computed(() => {
    if (!this.data.hasValue()) return null;
    const data = this.data.value();
    // Retired partners stay in the history but not in today's consortium.
    return { ...data, partners: data.partners.filter((p) => !p.retired) };
  });
}
