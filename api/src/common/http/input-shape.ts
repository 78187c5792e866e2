import type { FieldProblem } from './validation';

/** The DTOs nest a few levels (milestones.0.title); anything far deeper is refused. */
export const MAX_INPUT_DEPTH = 16;

const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What no field may hold, whatever its rules: nesting deeper than MAX_INPUT_DEPTH
 * (class-transformer and class-validator walk the input recursively and would overflow
 * the stack) and text that is not well-formed Unicode (a lone surrogate makes some
 * validators throw, and could not be stored or shown faithfully anyway).
 * Walked without recursion; the first problem found is named by its path. `root`
 * names the input (body, query) or, when `named`, the parameter (id).
 */
export function inputShapeProblem(
  value: unknown,
  root: string,
  named: boolean,
): FieldProblem | null {
  const pending: { value: unknown; path: string; depth: number }[] = [
    { value, path: root, depth: 0 },
  ];
  while (pending.length) {
    const { value: next, path, depth } = pending.pop() as (typeof pending)[0];
    if (typeof next === 'string' && LONE_SURROGATE.test(next))
      return {
        field: path,
        problems: [
          `${path} must be valid Unicode text (it has a lone surrogate)`,
        ],
      };
    if (next === null || typeof next !== 'object') continue;
    if (depth + 1 > MAX_INPUT_DEPTH)
      return {
        field: root,
        problems: [
          `${root} must not nest deeper than ${MAX_INPUT_DEPTH} levels`,
        ],
      };
    for (const [key, child] of Object.entries(next)) {
      if (LONE_SURROGATE.test(key))
        return {
          field: path,
          problems: [`${path} has a key that is not valid Unicode text`],
        };
      pending.push({
        value: child,
        path: depth === 0 && !named ? key : `${path}.${key}`,
        depth: depth + 1,
      });
    }
  }
  return null;
}
