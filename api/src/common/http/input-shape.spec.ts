import { inputShapeProblem, MAX_INPUT_DEPTH } from './input-shape';

const nested = (depth: number) =>
  JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));

describe('inputShapeProblem', () => {
  it('accepts ordinary bodies, emoji and accents included', () => {
    expect(
      inputShapeProblem(
        { title: 'Małopolska 👩‍👩‍👧', milestones: [{ title: 'Île-de-France' }] },
        'body',
        false,
      ),
    ).toBeNull();
    expect(
      inputShapeProblem(nested(MAX_INPUT_DEPTH - 1), 'body', false),
    ).toBeNull();
  });

  it('refuses nesting past the limit, even 100 000 levels deep, without overflowing', () => {
    expect(
      inputShapeProblem(nested(MAX_INPUT_DEPTH + 1), 'body', false),
    ).toEqual({
      field: 'body',
      problems: [`body must not nest deeper than ${MAX_INPUT_DEPTH} levels`],
    });
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(inputShapeProblem(deep, 'body', false)?.field).toBe('body');
  });

  it('names the field holding a lone surrogate, by its path', () => {
    expect(
      inputShapeProblem({ milestones: [{ title: 'ok\uD800' }] }, 'body', false)
        ?.field,
    ).toBe('milestones.0.title');
    expect(inputShapeProblem('\uDFFF', 'id', true)?.field).toBe('id');
    expect(inputShapeProblem({ ['k\uDC00']: 1 }, 'query', false)?.field).toBe(
      'query',
    );
  });
});
