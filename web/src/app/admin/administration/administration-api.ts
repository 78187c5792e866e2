import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  EffraDomainCode,
  ImportPreviewView,
  ImportResultView,
  MembershipKind,
  PartnerKind,
  PartnerView,
  RegionView,
  StreamNumber,
  StreamView,
} from '@ws/domain';
import { Observable, map } from 'rxjs';
import { ReportFile, fileNameOf } from '../../reports/reports-api';

export interface PartnerFields {
  name: string;
  fullName?: string;
  region: string;
  kind: PartnerKind;
  networkSize: number | null;
  smes: number | null;
  thematic: string;
  effraDomains: EffraDomainCode[];
}

export interface NewRegion {
  code: string;
  name: string;
  country: string;
  countryName: string;
  membership: MembershipKind;
}

export interface StreamFields {
  shortTitle: string;
  title: string;
  description: string;
}

export interface Settings {
  partnershipName: string;
  staleAfterDays: number;
}

// The coordinator's administration of the consortium and the plan import (SPEC §1).
@Injectable({ providedIn: 'root' })
export class AdministrationApi {
  private readonly http = inject(HttpClient);

  createPartner(partner: PartnerFields): Observable<PartnerView> {
    return this.http.post<PartnerView>('/api/partners', partner);
  }

  updatePartner(
    slug: string,
    changes: Partial<PartnerFields>,
  ): Observable<PartnerView> {
    return this.http.patch<PartnerView>(`/api/partners/${slug}`, changes);
  }

  retirePartner(
    slug: string,
    reassignTo: string | null,
  ): Observable<PartnerView> {
    return this.http.post<PartnerView>(
      `/api/partners/${slug}/retire`,
      reassignTo ? { reassignTo } : {},
    );
  }

  reinstatePartner(slug: string): Observable<PartnerView> {
    return this.http.post<PartnerView>(`/api/partners/${slug}/reinstate`, {});
  }

  createRegion(region: NewRegion): Observable<RegionView> {
    return this.http.post<RegionView>('/api/regions', region);
  }

  updateRegion(
    code: string,
    changes: Partial<Omit<NewRegion, 'code'>>,
  ): Observable<RegionView> {
    return this.http.patch<RegionView>(`/api/regions/${code}`, changes);
  }

  updateStream(
    number: StreamNumber,
    changes: Partial<StreamFields>,
  ): Observable<StreamView> {
    return this.http.patch<StreamView>(`/api/streams/${number}`, changes);
  }

  settings(): Observable<Settings> {
    return this.http.get<Settings>('/api/settings');
  }

  updateSettings(changes: Partial<Settings>): Observable<Settings> {
    return this.http.patch<Settings>('/api/settings', changes);
  }

  previewImport(file: File): Observable<ImportPreviewView> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<ImportPreviewView>('/api/imports', form);
  }

  applyImport(id: string): Observable<ImportResultView> {
    return this.http.post<ImportResultView>(`/api/imports/${id}/apply`, {});
  }

  /** The empty template, or the whole plan in the same format. */
  download(which: 'template' | 'plan'): Observable<ReportFile> {
    const url =
      which === 'template'
        ? '/api/imports/template'
        : '/api/exports/action-plan';
    return this.http
      .get(url, { responseType: 'blob', observe: 'response' })
      .pipe(
        map((response) => ({
          blob: response.body ?? new Blob([]),
          fileName:
            fileNameOf(response.headers.get('Content-Disposition')) ??
            'action-plan.xlsx',
        })),
      );
  }
}
