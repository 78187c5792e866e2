import { HttpErrorResponse } from '@angular/common/http';
import { describeHttpProblem, isNotFound } from './http-problem';

const response = (status: number, error: unknown = null, statusText = '') =>
  new HttpErrorResponse({ status, error, statusText, url: '/api/partners' });

describe('describeHttpProblem', () => {
  it.each([
    [
      response(0),
      'The server could not be reached. Check your connection and try again.',
    ],
    [
      response(503, { statusCode: 503, message: 'Database down' }),
      'The server could not answer (error 503). Try again in a moment.',
    ],
    [
      response(400, {
        statusCode: 400,
        message: 'pageSize must be at most 100',
      }),
      'pageSize must be at most 100',
    ],
    [response(401), 'You are not signed in, or your session has ended.'],
    [response(403), 'Your account may not see this page.'],
    [
      response(409, '<html>Conflict</html>', 'Conflict'),
      'The request failed (error 409 Conflict).',
    ],
    [new Error('boom'), 'Something went wrong in the application.'],
  ])('explains error %# to the user', (error, message) => {
    expect(describeHttpProblem(error).message).toBe(message);
  });
});

describe('isNotFound', () => {
  it('is true for a 404 answer only', () => {
    expect(isNotFound(response(404))).toBe(true);
    expect(isNotFound(response(500))).toBe(false);
    expect(isNotFound(new Error('404'))).toBe(false);
  });
});
