import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ActionInput,
  ActionView,
  CommentView,
  Page,
  StatusUpdateInput,
  StatusUpdateView,
} from '@ws/domain';
import { Observable } from 'rxjs';
import { ActionQuery } from './action-query';

/** PATCH body: only what changed, with the version that was read (SPEC §4). */
export type ActionChanges = Partial<ActionInput> & {
  version: number;
  /** Why the status or health changed, for the history */
  comment?: string;
};

export interface StatusUpdateResult {
  update: StatusUpdateView;
  action: ActionView;
}

// Histories and comment threads are short: everything comes on one page.
export const HISTORY_PAGE_SIZE = 100;

// The joint action plan (SPEC §2, §7).
@Injectable({ providedIn: 'root' })
export class ActionsApi {
  private readonly http = inject(HttpClient);

  list(query: ActionQuery): Observable<Page<ActionView>> {
    return this.http.get<Page<ActionView>>('/api/actions', {
      params: toRequestParams(query),
    });
  }

  get(id: number): Observable<ActionView> {
    return this.http.get<ActionView>(`/api/actions/${id}`);
  }

  create(action: ActionInput): Observable<ActionView> {
    return this.http.post<ActionView>('/api/actions', action);
  }

  update(id: number, changes: ActionChanges): Observable<ActionView> {
    return this.http.patch<ActionView>(`/api/actions/${id}`, changes);
  }

  delete(id: number): Observable<void> {
    return this.http.delete<void>(`/api/actions/${id}`);
  }

  updates(id: number): Observable<Page<StatusUpdateView>> {
    return this.http.get<Page<StatusUpdateView>>(`/api/actions/${id}/updates`, {
      params: { page: '1', pageSize: String(HISTORY_PAGE_SIZE) },
    });
  }

  postUpdate(
    id: number,
    update: StatusUpdateInput,
  ): Observable<StatusUpdateResult> {
    return this.http.post<StatusUpdateResult>(
      `/api/actions/${id}/updates`,
      update,
    );
  }

  comments(id: number): Observable<Page<CommentView>> {
    return this.http.get<Page<CommentView>>(`/api/actions/${id}/comments`, {
      params: { page: '1', pageSize: String(HISTORY_PAGE_SIZE) },
    });
  }

  postComment(id: number, body: string): Observable<CommentView> {
    return this.http.post<CommentView>(`/api/actions/${id}/comments`, {
      body,
    });
  }
}

// Only the parameters that are set: the API refuses unknown ones (400).
function toRequestParams(query: ActionQuery): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params[key] = String(value);
  }
  return params;
}
