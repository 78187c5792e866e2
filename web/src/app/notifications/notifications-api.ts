import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  MailLogEntry,
  MailState,
  MailStatus,
  NotificationPage,
  NotificationPreferences,
  NotificationView,
  Page,
} from '@ws/domain';
import { Observable } from 'rxjs';

export const NOTIFICATIONS_PAGE_SIZE = 20;
export const MAIL_LOG_PAGE_SIZE = 50;

// The signed-in user's notifications and preferences; the coordinator's mail log.
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(query: {
    page: number;
    pageSize: number;
    unread?: boolean;
  }): Observable<NotificationPage> {
    const params: Record<string, string> = {
      page: String(query.page),
      pageSize: String(query.pageSize),
    };
    if (query.unread) params['unread'] = 'true';
    return this.http.get<NotificationPage>('/api/notifications', { params });
  }

  markRead(id: number): Observable<NotificationView> {
    return this.http.post<NotificationView>(
      `/api/notifications/${id}/read`,
      {},
    );
  }

  markAllRead(): Observable<{ marked: number }> {
    return this.http.post<{ marked: number }>(
      '/api/notifications/read-all',
      {},
    );
  }

  preferences(): Observable<NotificationPreferences> {
    return this.http.get<NotificationPreferences>(
      '/api/notifications/preferences',
    );
  }

  savePreferences(
    preferences: NotificationPreferences,
  ): Observable<NotificationPreferences> {
    return this.http.put<NotificationPreferences>(
      '/api/notifications/preferences',
      preferences,
    );
  }

  mailStatus(): Observable<MailStatus> {
    return this.http.get<MailStatus>('/api/mail/status');
  }

  mailLog(query: {
    page: number;
    pageSize: number;
    state?: MailState;
  }): Observable<Page<MailLogEntry>> {
    const params: Record<string, string> = {
      page: String(query.page),
      pageSize: String(query.pageSize),
    };
    if (query.state) params['state'] = query.state;
    return this.http.get<Page<MailLogEntry>>('/api/mail/log', { params });
  }
}
