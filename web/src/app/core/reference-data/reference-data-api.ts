import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  EffraDomainView,
  FundingInstrumentView,
  InitiativeView,
  Page,
  PartnershipView,
  PartnerView,
  PhaseView,
  RegionView,
  StreamNumber,
  StreamView,
} from '@ws/domain';
import { Observable, catchError, map, shareReplay, throwError } from 'rxjs';

export interface InitiativeFilter {
  region?: string;
  stream?: StreamNumber;
}

// Reference data from the concept note, as served by the API (SPEC §2, §7).
// Collections are small: everything comes on the first page.
@Injectable({ providedIn: 'root' })
export class ReferenceDataApi {
  private readonly http = inject(HttpClient);
  // The partner page and its title resolver ask for the same partner;
  // share one request. Failed requests are forgotten so a retry refetches.
  private readonly partnersBySlug = new Map<string, Observable<PartnerView>>();

  partnership(): Observable<PartnershipView> {
    return this.http.get<PartnershipView>('/api/partnership');
  }

  regions(): Observable<RegionView[]> {
    return this.items<RegionView>('/api/regions');
  }

  partners(): Observable<PartnerView[]> {
    return this.items<PartnerView>('/api/partners');
  }

  partner(slug: string): Observable<PartnerView> {
    let partner = this.partnersBySlug.get(slug);
    if (!partner) {
      partner = this.http
        .get<PartnerView>(`/api/partners/${encodeURIComponent(slug)}`)
        .pipe(
          catchError((error: unknown) => {
            this.partnersBySlug.delete(slug);
            return throwError(() => error);
          }),
          shareReplay(1),
        );
      this.partnersBySlug.set(slug, partner);
    }
    return partner;
  }

  phases(): Observable<PhaseView[]> {
    return this.items<PhaseView>('/api/phases').pipe(
      map((phases) => [...phases].sort((a, b) => a.position - b.position)),
    );
  }

  streams(): Observable<StreamView[]> {
    return this.items<StreamView>('/api/streams').pipe(
      map((streams) => [...streams].sort((a, b) => a.number - b.number)),
    );
  }

  initiatives(filter: InitiativeFilter = {}): Observable<InitiativeView[]> {
    const params: Record<string, string> = {};
    if (filter.region) params['region'] = filter.region;
    if (filter.stream) params['stream'] = String(filter.stream);
    return this.items<InitiativeView>('/api/initiatives', params);
  }

  effraDomains(): Observable<EffraDomainView[]> {
    return this.items<EffraDomainView>('/api/effra-domains');
  }

  fundingInstruments(): Observable<FundingInstrumentView[]> {
    return this.items<FundingInstrumentView>('/api/funding-instruments');
  }

  private items<T>(
    url: string,
    params: Record<string, string> = {},
  ): Observable<T[]> {
    return this.http
      .get<Page<T>>(url, { params })
      .pipe(map((page) => page.items));
  }
}
