import { HttpErrorResponse } from '@angular/common/http';
import { ApiError } from '@ws/domain';
import type { Words } from '../i18n/words';

export interface HttpProblem {
  status: number | null;
  /** In English; the server's own sentence when it gave one */
  message: string;
  /**
   * The root translation (`error.<key>`, with `{{status}}`) of a sentence the
   * app wrote itself; null for the server's.
   */
  key:
    | 'application'
    | 'unreachable'
    | 'signedOut'
    | 'forbidden'
    | 'server'
    | 'request'
    | null;
}

// Turns whatever a failed request threw into a sentence for the user.
export function describeHttpProblem(error: unknown): HttpProblem {
  if (!(error instanceof HttpErrorResponse)) {
    return {
      status: null,
      message: 'Something went wrong in the application.',
      key: 'application',
    };
  }
  if (error.status === 0) {
    return {
      status: 0,
      message:
        'The server could not be reached. Check your connection and try again.',
      key: 'unreachable',
    };
  }
  if (error.status === 401) {
    return {
      status: 401,
      message: 'You are not signed in, or your session has ended.',
      key: 'signedOut',
    };
  }
  if (error.status === 403) {
    return {
      status: 403,
      message: 'Your account may not see this page.',
      key: 'forbidden',
    };
  }
  const body = error.error as Partial<ApiError> | null;
  const fromServer =
    body && typeof body.message === 'string' ? body.message : null;
  if (error.status >= 500) {
    return {
      status: error.status,
      message: `The server could not answer (error ${error.status}). Try again in a moment.`,
      key: 'server',
    };
  }
  return {
    status: error.status,
    message:
      fromServer ??
      `The request failed (error ${error.status}${error.statusText ? ` ${error.statusText}` : ''}).`,
    key: fromServer ? null : 'request',
  };
}

/** The problem in the reader's language when the app wrote it, else the server's words. */
export function problemText(
  problem: HttpProblem,
  words?: Words | null,
): string {
  return problem.key && words
    ? words.translate(`error.${problem.key}`, { status: problem.status })
    : problem.message;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 404;
}
