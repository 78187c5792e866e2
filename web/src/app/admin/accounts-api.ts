import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Page, Role, UserView } from '@ws/domain';
import { Observable } from 'rxjs';

export interface AccountFilter {
  role?: Role;
  /** Partner slug */
  partner?: string;
  active?: boolean;
  /** Text in the name or e-mail address */
  q?: string;
  page: number;
  pageSize: number;
}

export interface NewAccount {
  email: string;
  displayName: string;
  role: Role;
  /** Partner slug; required for editors */
  partner: string | null;
  password: string;
}

export interface AccountChanges {
  displayName?: string;
  role?: Role;
  partner?: string | null;
  active?: boolean;
  password?: string;
}

// Account management (SPEC §4: the coordinator's job; others get 403).
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);

  list(filter: AccountFilter): Observable<Page<UserView>> {
    const params: Record<string, string> = {
      page: String(filter.page),
      pageSize: String(filter.pageSize),
    };
    if (filter.role) params['role'] = filter.role;
    if (filter.partner) params['partner'] = filter.partner;
    if (filter.active !== undefined) params['active'] = String(filter.active);
    if (filter.q) params['q'] = filter.q;
    return this.http.get<Page<UserView>>('/api/users', { params });
  }

  get(id: number): Observable<UserView> {
    return this.http.get<UserView>(`/api/users/${id}`);
  }

  create(account: NewAccount): Observable<UserView> {
    const { partner, ...rest } = account;
    return this.http.post<UserView>(
      '/api/users',
      partner ? { ...rest, partner } : rest,
    );
  }

  update(id: number, changes: AccountChanges): Observable<UserView> {
    return this.http.patch<UserView>(`/api/users/${id}`, changes);
  }
}
