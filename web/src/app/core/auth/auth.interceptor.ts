import {
  HttpErrorResponse,
  HttpInterceptorFn,
  HttpRequest,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { LOGIN_URL } from './auth-api';
import { Session } from './session';
import { signInUrl } from './auth.guards';

const isApiCall = (request: HttpRequest<unknown>) =>
  request.url.startsWith('/api/') && !request.url.startsWith(LOGIN_URL);

// Sends the access token with every API call; a 401 means the session has
// ended (expired, password changed elsewhere): back to the sign-in page.
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isApiCall(request)) return next(request);
  const session = inject(Session);
  const router = inject(Router);
  const token = session.accessToken();
  const sent = token
    ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } })
    : request;
  return next(sent).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        session.end();
        void router.navigateByUrl(signInUrl(router, router.url, 'expired'));
      }
      return throwError(() => error);
    }),
  );
};
