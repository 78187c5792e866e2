import { AbstractControl } from '@angular/forms';
import { FormProblem } from '../core/http/form-problem';

/**
 * Puts each problem the server named on the control it belongs to. Field
 * names are control paths, so `milestones.0.dueDate` reaches into a list.
 */
export function showServerProblems<F extends string>(
  form: AbstractControl,
  problem: FormProblem<F>,
): void {
  for (const [path, problems] of Object.entries(problem.fields)) {
    const control = form.get(path);
    if (!control || !Array.isArray(problems) || !problems.length) continue;
    control.setErrors({ server: problems });
    control.markAsTouched();
  }
}

/**
 * What to show under a control: the server's own sentences, or the first
 * client-side problem in the words of `messages` (validator key → sentence).
 */
export function errorMessages(
  control: AbstractControl,
  messages: Record<string, string>,
): string[] {
  const errors = control.errors ?? {};
  if (errors['server']) return errors['server'] as string[];
  return Object.keys(errors)
    .map((key) => messages[key])
    .filter((message) => !!message)
    .slice(0, 1);
}
