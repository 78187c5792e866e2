import { HttpErrorResponse } from '@angular/common/http';
import { ApiError } from '@ws/domain';
import type { Words } from '../i18n/words';
import { describeHttpProblem, problemText } from './http-problem';

export interface FormProblem<F extends string> {
  /** Problems the server named, by the form field they belong to */
  fields: Partial<Record<F, string[]>>;
  /** What to say above the form: problems with no field of their own, 409s, … */
  message: string;
}

// The API names every bad field of a 400 (`errors[].field`); show each problem
// next to its field and whatever has no field of its own above the form. With
// `words`, the sentences the app writes itself are in the reader's language.
export function explainFormProblem<F extends string>(
  error: unknown,
  fields: readonly F[],
  words?: Words | null,
): FormProblem<F> {
  const body =
    error instanceof HttpErrorResponse
      ? (error.error as Partial<ApiError> | null)
      : null;
  if (
    error instanceof HttpErrorResponse &&
    error.status === 400 &&
    Array.isArray(body?.errors)
  ) {
    const known: Partial<Record<F, string[]>> = {};
    const other: string[] = [];
    for (const { field, problems } of body.errors) {
      const sentences = problems.map((p) => toSentence(field, p));
      if ((fields as readonly string[]).includes(field)) {
        const name = field as F;
        known[name] = [...(known[name] ?? []), ...sentences];
      } else {
        other.push(...sentences);
      }
    }
    return {
      fields: known,
      message: other.length
        ? other.join(' ')
        : (words?.translate('error.checkFields') ??
          'Check the fields marked below.'),
    };
  }
  return {
    fields: {},
    message: problemText(describeHttpProblem(error), words),
  };
}

// "newPassword must have at least 10 characters" → "Must have at least 10
// characters." The field is already named by the label next to the message.
export function toSentence(field: string, problem: string): string {
  // Inside a list (`milestones.0.dueDate`) the API names the last part only.
  const name = [field, field.split('.').pop() ?? field].find((n) =>
    problem.startsWith(`${n} `),
  );
  const rest = name ? problem.slice(name.length + 1) : null;
  // "partner pool-net does not exist" keeps its subject.
  let text =
    rest && /^(must|is|are|should|has|cannot)\b/.test(rest) ? rest : problem;
  if (/^(is|are) /.test(text)) text = `This ${text}`;
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
