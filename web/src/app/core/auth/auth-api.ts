import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { LoginResponse, UserView } from '@ws/domain';
import { Observable } from 'rxjs';

export const LOGIN_URL = '/api/auth/login';

@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(email: string, password: string): Observable<LoginResponse> {
    return this.http.post<LoginResponse>(LOGIN_URL, { email, password });
  }

  me(): Observable<UserView> {
    return this.http.get<UserView>('/api/auth/me');
  }

  /** Answers with a new token: the old one stops working at once. */
  changePassword(
    currentPassword: string,
    newPassword: string,
  ): Observable<LoginResponse> {
    return this.http.post<LoginResponse>('/api/auth/password', {
      currentPassword,
      newPassword,
    });
  }
}
