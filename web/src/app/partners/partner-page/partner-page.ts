import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  EffraDomainView,
  InitiativeView,
  PartnerView,
  RegionView,
  StreamView,
} from '@ws/domain';
import { forkJoin, map, switchMap } from 'rxjs';
import { isNotFound } from '../../core/http/http-problem';
import { NotFound } from '../../core/not-found/not-found';
import { ReferenceDataApi } from '../../core/reference-data/reference-data-api';
import { ErrorState } from '../../shared/error-state';
import { Figure } from '../../shared/figure';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { TranslocoDirective } from '@jsverse/transloco';

interface PartnerDetails {
  partner: PartnerView;
  region: RegionView | undefined;
  streams: StreamView[];
  domains: EffraDomainView[];
  initiatives: InitiativeView[];
}

interface InitiativeGroup {
  stream: StreamView;
  initiatives: InitiativeView[];
}

// Regional initiatives belong to activity streams 1 and 2 (concept note B.2).
const INITIATIVE_STREAMS = [1, 2];

@Component({
  selector: 'app-partner-page',
  imports: [
    RouterLink,
    ErrorState,
    Figure,
    LoadingIndicator,
    NotFound,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partner-page.html',
  styleUrl: './partner-page.css',
})
export class PartnerPage {
  private readonly referenceData = inject(ReferenceDataApi);

  /** Route parameter `/partners/:slug` */
  readonly slug = input.required<string>();

  protected readonly data = rxResource({
    params: () => this.slug(),
    stream: ({ params: slug }) =>
      this.referenceData.partner(slug).pipe(
        switchMap((partner) =>
          forkJoin({
            regions: this.referenceData.regions(),
            streams: this.referenceData.streams(),
            domains: this.referenceData.effraDomains(),
            initiatives: this.referenceData.initiatives({
              region: partner.region,
            }),
          }).pipe(
            map(
              ({ regions, ...rest }): PartnerDetails => ({
                partner,
                region: regions.find((r) => r.code === partner.region),
                ...rest,
              }),
            ),
          ),
        ),
      ),
  });

  protected readonly notFound = computed(() => isNotFound(this.data.error()));

  protected readonly details = computed(() =>
    this.data.hasValue() ? this.data.value() : null,
  );

  protected readonly coveredDomains = computed(() => {
    const details = this.details();
    if (!details) return [];
    return details.domains.filter((d) =>
      details.partner.effraDomains.includes(d.code),
    );
  });

  protected readonly initiativeGroups = computed<InitiativeGroup[]>(() => {
    const details = this.details();
    if (!details) return [];
    return details.streams
      .filter((s) => INITIATIVE_STREAMS.includes(s.number))
      .map((stream) => ({
        stream,
        initiatives: details.initiatives.filter(
          (i) => i.stream === stream.number,
        ),
      }));
  });
}
