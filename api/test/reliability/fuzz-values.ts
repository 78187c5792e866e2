import fc from 'fast-check';

/** Text that has broken servers before: injections, odd unicode, impossible dates. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  "'; DROP TABLE actions; --",
  '1 OR 1=1',
  '" OR ""="',
  '%',
  '_',
  '\\',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '=HYPERLINK("http://evil.example","x")',
  '+SUM(1,1)',
  '@cmd',
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '0000-00-00',
  '2026-2-3',
  '2026-02-28T00:00:00Z',
  '99999-01-01',
  ' 2026-01-01 ',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  'true',
  'null',
  '__proto__',
  'constructor',
  '\u202Egnp.exe',
  '\u200B\u200C\u200D\uFEFF',
  '\uD800',
  '\uDFFF',
  '👩‍👩‍👧‍👦🇧🇪',
  'Z̧̨̤̥̦̩̪̫̬̭̮̯̰̱̲̳̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏',
  'Małopolska Süd-West Île-de-France',
  'a\r\nb\tc',
  '../../etc/passwd',
  'plastipolis',
  'ES51',
  'coordinator@4m4iof.example',
] as const;

const NASTY_NUMBERS = [
  0,
  -0,
  -1,
  1.5,
  100,
  101,
  2 ** 31,
  2 ** 53 + 1,
  -(2 ** 53),
  1e308,
  -1e308,
  Number.MIN_VALUE,
];

/** `[[[...]]]` or `{"a":{"a":...}}` nested `depth` times. */
export function nested(depth: number, asObject: boolean): unknown {
  const text = asObject
    ? '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
    : '['.repeat(depth) + ']'.repeat(depth);
  return JSON.parse(text);
}

/** A one-key object whose key JavaScript treats specially, built so the key is really there. */
export function objectWithKey(key: string, value: unknown): unknown {
  return JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`);
}

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

export const adversarialValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(201, 5001, 20001, 300_000)
      .map((length) => 'é'.repeat(length)),
  },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(...NASTY_NUMBERS) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(true, false, null) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(10, 200, 2000), fc.boolean())
      .map(([depth, asObject]) => nested(depth, asObject)),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...PROTOTYPE_KEYS)
      .map((key) => objectWithKey(key, { polluted: true })),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom<unknown>(...NASTY_STRINGS), {
      maxLength: 5,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.array(
      fc.record({ title: fc.constantFrom<unknown>(...NASTY_STRINGS) }),
      { maxLength: 3 },
    ),
  },
);

/** A request body: the accepted one with fields removed or replaced, or something else entirely. */
export type BodyCase =
  | {
      kind: 'mutated';
      drop: number[];
      set: { key: number | string; value: unknown }[];
    }
  | { kind: 'value'; value: unknown }
  | { kind: 'raw'; text: string };

const RAW_BODIES = [
  '{',
  '{"a":',
  "{'title':'x'}",
  '{"title":"a","title":{"$gt":""}}',
  'null',
  '[]',
  '"text"',
  '12',
  '\u0000',
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  `{"x":"${'a'.repeat(1_100_000)}"}`,
  '['.repeat(100_000) + ']'.repeat(100_000),
];

const mutation = fc.tuple(
  fc.array(fc.nat(), { maxLength: 2 }),
  fc.array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.nat() as fc.Arbitrary<number | string> },
        {
          weight: 1,
          arbitrary: fc.constantFrom<number | string>(
            ...PROTOTYPE_KEYS,
            'id',
            'version',
            'createdAt',
            'role',
            'passwordHash',
            '',
          ),
        },
      ),
      adversarialValue,
    ),
    { minLength: 1, maxLength: 3 },
  ),
);

export const bodyCase: fc.Arbitrary<BodyCase> = fc.oneof(
  {
    weight: 6,
    arbitrary: mutation.map(
      ([drop, set]): BodyCase => ({
        kind: 'mutated',
        drop,
        set: set.map(([key, value]) => ({ key, value })),
      }),
    ),
  },
  {
    weight: 2,
    arbitrary: adversarialValue.map(
      (value): BodyCase => ({ kind: 'value', value }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...RAW_BODIES)
      .map((text): BodyCase => ({ kind: 'raw', text })),
  },
);

/** The JSON text to send for a case, built from the accepted body. */
export function bodyText(
  accepted: Record<string, unknown>,
  body: BodyCase,
): string {
  if (body.kind === 'raw') return body.text;
  if (body.kind === 'value') return JSON.stringify(body.value) ?? 'null';
  const result: Record<string, unknown> = JSON.parse(JSON.stringify(accepted));
  const keys = Object.keys(accepted);
  for (const index of body.drop)
    if (keys.length) delete result[keys[index % keys.length]];
  for (const { key, value } of body.set) {
    const name =
      typeof key === 'number'
        ? keys.length
          ? keys[key % keys.length]
          : 'field'
        : key;
    // defineProperty: plain assignment of "__proto__" would set the prototype instead of a key
    Object.defineProperty(result, name, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  return JSON.stringify(result);
}

/** Path segments in place of an id; none may name a real row (' 1' would be account 1). */
export const adversarialId = fc.constantFrom(
  '0',
  '-1',
  '1.5',
  'abc',
  '1e3',
  '99999999999999999999999',
  '2147483648',
  '%00',
  '%2e%2e',
  encodeURIComponent("1' OR '1'='1"),
  encodeURIComponent('<script>'),
  '__proto__',
  ' 99999',
);
