import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { Role } from '@ws/domain';

// SPEC §1 and §4, in the words of the people choosing a role.
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  coordinator:
    'Everything, including accounts, partners, phase gates and working sessions.',
  editor:
    'Updates the actions its partner leads and comments on those it contributes to.',
  viewer: 'Reads everything and downloads reports; writes nothing.',
};

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
