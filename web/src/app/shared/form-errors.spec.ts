import { HttpErrorResponse } from '@angular/common/http';
import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { explainFormProblem } from '../core/http/form-problem';
import { errorMessages, showServerProblems } from './form-errors';

describe('showServerProblems', () => {
  it('marks the controls the server named, including those inside lists', () => {
    const form = new FormGroup({
      title: new FormControl(''),
      milestones: new FormArray([
        new FormGroup({ dueDate: new FormControl('2026-01-01') }),
      ]),
    });
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        message: 'Invalid request',
        errors: [
          { field: 'title', problems: ['title must not be empty'] },
          {
            field: 'milestones.0.dueDate',
            problems: ['milestones.0.dueDate must be a date'],
          },
        ],
      },
    });

    showServerProblems(
      form,
      explainFormProblem(error, ['title', 'milestones.0.dueDate']),
    );

    expect(errorMessages(form.controls.title, {})).toEqual([
      'Must not be empty.',
    ]);
    const dueDate = form.get('milestones.0.dueDate') as FormControl;
    expect(dueDate.touched).toBe(true);
    expect(errorMessages(dueDate, {})).toEqual(['Must be a date.']);
  });
});

describe('errorMessages', () => {
  it('says the first client-side problem in the words given', () => {
    const control = new FormControl('', [
      Validators.required,
      Validators.minLength(3),
    ]);
    expect(errorMessages(control, { required: 'Enter a title.' })).toEqual([
      'Enter a title.',
    ]);
  });
});
