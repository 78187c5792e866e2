import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DashboardView } from '@ws/domain';
import { Observable } from 'rxjs';
import { DashboardFilters, dashboardQueryParams } from './dashboard-filters';

// SPEC §5: the steering committee's figures, in one request.
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  get(filters: DashboardFilters): Observable<DashboardView> {
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(dashboardQueryParams(filters))) {
      if (value) params[key] = value;
    }
    return this.http.get<DashboardView>('/api/dashboard', { params });
  }
}
