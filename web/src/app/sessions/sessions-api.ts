import { HttpClient, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  FollowUpActionInput,
  Page,
  SessionChangesView,
  SessionPreparationView,
  WorkingSessionInput,
  WorkingSessionView,
} from '@ws/domain';
import { Observable, map } from 'rxjs';
import { ReportFile, fileNameOf } from '../reports/reports-api';

export const SESSIONS_PAGE_SIZE = 20;
export type AgendaFormat = 'pdf' | 'md';

// The steering committee's working sessions (SPEC §2, §7).
@Injectable({ providedIn: 'root' })
export class SessionsApi {
  private readonly http = inject(HttpClient);

  list(page: number): Observable<Page<WorkingSessionView>> {
    return this.http.get<Page<WorkingSessionView>>('/api/working-sessions', {
      params: { page: String(page), pageSize: String(SESSIONS_PAGE_SIZE) },
    });
  }

  get(id: number): Observable<WorkingSessionView> {
    return this.http.get<WorkingSessionView>(`/api/working-sessions/${id}`);
  }

  create(session: WorkingSessionInput): Observable<WorkingSessionView> {
    return this.http.post<WorkingSessionView>('/api/working-sessions', session);
  }

  update(
    id: number,
    changes: Partial<WorkingSessionInput>,
  ): Observable<WorkingSessionView> {
    return this.http.patch<WorkingSessionView>(
      `/api/working-sessions/${id}`,
      changes,
    );
  }

  close(id: number): Observable<WorkingSessionView> {
    return this.http.post<WorkingSessionView>(
      `/api/working-sessions/${id}/close`,
      {},
    );
  }

  followUp(
    id: number,
    decisionId: number,
    input: FollowUpActionInput,
  ): Observable<WorkingSessionView> {
    return this.http.post<WorkingSessionView>(
      `/api/working-sessions/${id}/decisions/${decisionId}/follow-up`,
      input,
    );
  }

  changes(id: number): Observable<SessionChangesView> {
    return this.http.get<SessionChangesView>(
      `/api/working-sessions/${id}/changes`,
    );
  }

  preparation(): Observable<SessionPreparationView> {
    return this.http.get<SessionPreparationView>(
      '/api/working-sessions/preparation',
    );
  }

  agenda(id: number, format: AgendaFormat): Observable<ReportFile> {
    return this.http
      .get(`/api/working-sessions/${id}/agenda`, {
        params: { format },
        responseType: 'blob',
        observe: 'response',
      })
      .pipe(
        map((response: HttpResponse<Blob>) => ({
          blob: response.body ?? new Blob([]),
          fileName:
            fileNameOf(response.headers.get('Content-Disposition')) ??
            `4m4iof-agenda.${format}`,
        })),
      );
  }
}
