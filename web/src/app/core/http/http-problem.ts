import { HttpErrorResponse } from '@angular/common/http';
import { ApiError } from '@ws/domain';

export interface HttpProblem {
  status: number | null;
  message: string;
}

// Turns whatever a failed request threw into a sentence for the user.
export function describeHttpProblem(error: unknown): HttpProblem {
  if (!(error instanceof HttpErrorResponse)) {
    return {
      status: null,
      message: 'Something went wrong in the application.',
    };
  }
  if (error.status === 0) {
    return {
      status: 0,
      message:
        'The server could not be reached. Check your connection and try again.',
    };
  }
  if (error.status === 401) {
    return {
      status: 401,
      message: 'You are not signed in, or your session has ended.',
    };
  }
  if (error.status === 403) {
    return { status: 403, message: 'Your account may not see this page.' };
  }
  const body = error.error as Partial<ApiError> | null;
  const fromServer =
    body && typeof body.message === 'string' ? body.message : null;
  if (error.status >= 500) {
    return {
      status: error.status,
      message: `The server could not answer (error ${error.status}). Try again in a moment.`,
    };
  }
  return {
    status: error.status,
    message:
      fromServer ??
      `The request failed (error ${error.status}${error.statusText ? ` ${error.statusText}` : ''}).`,
  };
}

export function isNotFound(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 404;
}
