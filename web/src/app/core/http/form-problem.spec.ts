import { HttpErrorResponse } from '@angular/common/http';
import { explainFormProblem, toSentence } from './form-problem';

describe('toSentence', () => {
  it.each([
    [
      'newPassword',
      'newPassword must have at least 10 characters',
      'Must have at least 10 characters.',
    ],
    [
      'currentPassword',
      'currentPassword is not your current password',
      'This is not your current password.',
    ],
    [
      'partner',
      'partner pool-net does not exist',
      'Partner pool-net does not exist.',
    ],
    [
      'role',
      'an editor must belong to a partner',
      'An editor must belong to a partner.',
    ],
    [
      'milestones.0.dueDate',
      'dueDate must be a real calendar date written YYYY-MM-DD',
      'Must be a real calendar date written YYYY-MM-DD.',
    ],
  ])('turns the %s problem "%s" into "%s"', (field, problem, sentence) => {
    expect(toSentence(field, problem)).toBe(sentence);
  });
});

describe('explainFormProblem', () => {
  const badRequest = (errors: { field: string; problems: string[] }[]) =>
    new HttpErrorResponse({
      status: 400,
      error: { statusCode: 400, message: 'Invalid request', errors },
    });

  it('puts each problem next to the field it names', () => {
    expect(
      explainFormProblem(
        badRequest([
          { field: 'email', problems: ['email must be an e-mail address'] },
        ]),
        ['email', 'password'],
      ),
    ).toEqual({
      fields: { email: ['Must be an e-mail address.'] },
      message: 'Check the fields marked below.',
    });
  });

  it('says above the form what belongs to no field of the form', () => {
    expect(
      explainFormProblem(
        badRequest([
          { field: 'role', problems: ['an editor must belong to a partner'] },
        ]),
        ['displayName'],
      ).message,
    ).toBe('An editor must belong to a partner.');
  });

  it('passes on the message of a conflict', () => {
    const conflict = new HttpErrorResponse({
      status: 409,
      error: {
        statusCode: 409,
        message:
          'coordinator@4m4iof.example is the last active coordinator; appoint another one first',
      },
    });
    expect(explainFormProblem(conflict, ['role'])).toEqual({
      fields: {},
      message:
        'coordinator@4m4iof.example is the last active coordinator; appoint another one first',
    });
  });
});
