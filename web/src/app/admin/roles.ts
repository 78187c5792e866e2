import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

// SPEC §4: an editor is bound to one partner. Set on the partner control; it
// reads the role next to it.
export const partnerRequiredForEditors: ValidatorFn = (
  control: AbstractControl,
): ValidationErrors | null =>
  control.parent?.get('role')?.value === 'editor' && !control.value
    ? { partnerRequired: true }
    : null;

export const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.trim() === ''
    ? { required: true }
    : null;
