import { Injectable, inject } from '@angular/core';
import {
  ActionView,
  FundingInstrumentView,
  PartnerView,
  RegionView,
} from '@ws/domain';
import { HttpClient } from '@angular/common/http';
import { Observable, catchError, forkJoin, map, of, shareReplay } from 'rxjs';
import { ReferenceDataApi } from '../core/reference-data/reference-data-api';

/** What proposals name by key: instruments, partners, regions and actions. */
export interface InvestmentReferences {
  instruments: FundingInstrumentView[];
  partners: PartnerView[];
  regions: RegionView[];
  actions: Pick<ActionView, 'id' | 'code' | 'title'>[];
}

export const NO_INVESTMENT_REFERENCES: InvestmentReferences = {
  instruments: [],
  partners: [],
  regions: [],
  actions: [],
};

// Read once per visit; without them the pages still work and show the keys.
@Injectable({ providedIn: 'root' })
export class InvestmentReferencesStore {
  private readonly referenceData = inject(ReferenceDataApi);
  private readonly http = inject(HttpClient);
  private loaded: Observable<InvestmentReferences> | null = null;

  references(): Observable<InvestmentReferences> {
    if (!this.loaded) {
      this.loaded = forkJoin({
        // The current programmes first: new proposals go to them.
        instruments: this.referenceData
          .fundingInstruments()
          .pipe(
            map((all) =>
              [...all].sort(
                (a, b) =>
                  Number(a.era !== 'current') - Number(b.era !== 'current') ||
                  a.name.localeCompare(b.name),
              ),
            ),
          ),
        partners: this.referenceData
          .partners()
          .pipe(map((all) => all.filter((p) => !p.retired))),
        regions: this.referenceData.regions(),
        actions: this.http
          .get<{ items: ActionView[] }>('/api/actions', {
            params: { pageSize: '200', sort: 'code' },
          })
          .pipe(
            map((page) =>
              page.items.map(({ id, code, title }) => ({ id, code, title })),
            ),
          ),
      }).pipe(
        catchError(() => {
          this.loaded = null;
          return of(NO_INVESTMENT_REFERENCES);
        }),
        shareReplay(1),
      );
    }
    return this.loaded;
  }
}
