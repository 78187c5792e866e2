import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  InvestmentInput,
  InvestmentPipelineView,
  InvestmentStatusChangeView,
  InvestmentView,
  Page,
} from '@ws/domain';
import { Observable } from 'rxjs';

/** The board's filters, as the address and the API name them. */
export interface InvestmentFilters {
  instrument?: string;
  partner?: string;
  region?: string;
  q?: string;
}

/** PATCH body: only what changed, with the version that was read. */
export type InvestmentChanges = Partial<InvestmentInput> & { version: number };

// The board shows every proposal at once; the API's largest page.
export const BOARD_PAGE_SIZE = 200;

// Investment proposals and the pipeline (SPEC §2, §5, §7).
@Injectable({ providedIn: 'root' })
export class InvestmentsApi {
  private readonly http = inject(HttpClient);

  list(filters: InvestmentFilters): Observable<Page<InvestmentView>> {
    return this.http.get<Page<InvestmentView>>('/api/investments', {
      params: { ...setParams(filters), pageSize: String(BOARD_PAGE_SIZE) },
    });
  }

  /** The totals know no text search: they add up by instrument, partner and region. */
  pipeline(
    filters: Omit<InvestmentFilters, 'q'>,
  ): Observable<InvestmentPipelineView> {
    return this.http.get<InvestmentPipelineView>('/api/investments/pipeline', {
      params: setParams(filters),
    });
  }

  get(id: number): Observable<InvestmentView> {
    return this.http.get<InvestmentView>(`/api/investments/${id}`);
  }

  history(id: number): Observable<Page<InvestmentStatusChangeView>> {
    return this.http.get<Page<InvestmentStatusChangeView>>(
      `/api/investments/${id}/history`,
      { params: { pageSize: '200' } },
    );
  }

  create(input: InvestmentInput): Observable<InvestmentView> {
    return this.http.post<InvestmentView>('/api/investments', input);
  }

  update(id: number, changes: InvestmentChanges): Observable<InvestmentView> {
    return this.http.patch<InvestmentView>(`/api/investments/${id}`, changes);
  }
}

// Only the parameters that are set: the API refuses unknown or empty ones.
function setParams(filters: InvestmentFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters).filter(
      (entry): entry is [string, string] => !!entry[1],
    ),
  );
}
