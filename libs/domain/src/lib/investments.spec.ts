import fc from 'fast-check';
import {
  addFigures,
  canMoveInvestment,
  centsToEditableEuros,
  centsFromDatabase,
  daysToDeadline,
  formatEuros,
  hasUpcomingDeadline,
  INVESTMENT_STATUSES,
  INVESTMENT_TRANSITIONS,
  investmentProblems,
  isCents,
  MAX_AMOUNT_CENTS,
  parseEuros,
  sumCents,
} from './investments';

describe('canMoveInvestment', () => {
  it.each([
    ['idea', 'business_plan', true],
    ['idea', 'submitted', true],
    ['business_plan', 'submitted', true],
    ['submitted', 'granted', true],
    ['submitted', 'rejected', true],
    ['granted', 'withdrawn', true],
    ['rejected', 'business_plan', true],
    ['withdrawn', 'idea', true],
    ['idea', 'granted', false],
    ['business_plan', 'rejected', false],
    ['granted', 'idea', false],
    ['granted', 'rejected', false],
    ['rejected', 'granted', false],
    ['submitted', 'idea', false],
  ] as const)('%s → %s: %s', (from, to, expected) => {
    expect(canMoveInvestment(from, to)).toBe(expected);
  });

  it('lets every status stay as it is and names only known statuses as targets', () => {
    for (const status of INVESTMENT_STATUSES) {
      expect(canMoveInvestment(status, status)).toBe(true);
      for (const target of INVESTMENT_TRANSITIONS[status])
        expect(INVESTMENT_STATUSES).toContain(target);
    }
  });
});

describe('investmentProblems', () => {
  it('accepts co-financing up to the amount', () => {
    expect(
      investmentProblems({ amountCents: 500, cofinancingCents: 500 }),
    ).toEqual([]);
    expect(
      investmentProblems({ amountCents: 500, cofinancingCents: 0 }),
    ).toEqual([]);
  });

  it('refuses co-financing above the amount, and a forbidden move, naming both fields', () => {
    expect(
      investmentProblems(
        { amountCents: 500, cofinancingCents: 501 },
        { from: 'granted', to: 'submitted' },
      ),
    ).toEqual([
      {
        field: 'cofinancingCents',
        problem: 'cofinancingCents must not exceed amountCents',
      },
      {
        field: 'status',
        problem:
          'a proposal cannot go from granted to submitted (allowed: withdrawn)',
      },
    ]);
  });
});

describe('isCents', () => {
  it.each([0, 1, 123456789, MAX_AMOUNT_CENTS])('accepts %p', (value) => {
    expect(isCents(value)).toBe(true);
  });
  it.each([
    -1,
    0.5,
    10.01,
    MAX_AMOUNT_CENTS + 1,
    Number.NaN,
    Infinity,
    '100',
    null,
  ])('refuses %p', (value) => {
    expect(isCents(value)).toBe(false);
  });
});

describe('sumCents', () => {
  it('adds many amounts exactly, as integer arithmetic on big integers does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: MAX_AMOUNT_CENTS }), {
          maxLength: 500,
        }),
        (amounts) => {
          const exact = amounts.reduce(
            (sum, cents) => sum + BigInt(cents),
            BigInt(0),
          );
          expect(BigInt(sumCents(amounts))).toBe(exact);
        },
      ),
    );
  });

  it('keeps amounts that float euros would get wrong', () => {
    // 0.1 + 0.2 euros is not 0.3 in floating point; 10 + 20 cents is 30.
    expect(sumCents([10, 20])).toBe(30);
    expect(sumCents(Array.from({ length: 1000 }, () => 1))).toBe(1000);
  });

  it('refuses fractions of cents and totals beyond exact integers', () => {
    expect(() => sumCents([1, 0.5])).toThrow(RangeError);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow('too large');
  });
});

describe('addFigures', () => {
  it('adds counts, amounts and co-financing of groups', () => {
    expect(
      addFigures([
        { count: 2, amountCents: 150_000_00, cofinancingCents: 50_000_00 },
        { count: 1, amountCents: 99, cofinancingCents: 1 },
      ]),
    ).toEqual({
      count: 3,
      amountCents: 150_000_99,
      cofinancingCents: 50_000_01,
    });
    expect(addFigures([])).toEqual({
      count: 0,
      amountCents: 0,
      cofinancingCents: 0,
    });
  });
});

describe('centsFromDatabase', () => {
  it('reads SQLite numbers and PostgreSQL bigint or numeric strings', () => {
    expect(centsFromDatabase(12345)).toBe(12345);
    expect(centsFromDatabase('900719925474099')).toBe(900719925474099);
    expect(centsFromDatabase(null)).toBe(0);
    expect(centsFromDatabase(BigInt(42))).toBe(42);
  });

  it('refuses what is not a whole number of cents', () => {
    expect(() => centsFromDatabase('12.5')).toThrow(RangeError);
    expect(() => centsFromDatabase('9007199254740993')).toThrow(RangeError);
    expect(() => centsFromDatabase('abc')).toThrow(RangeError);
  });
});

describe('formatEuros', () => {
  it.each([
    [0, 'en', '€0.00'],
    [5, 'en', '€0.05'],
    [123456789, 'en', '€1,234,567.89'],
    [MAX_AMOUNT_CENTS, 'en', '€10,000,000,000.00'],
    [-250, 'en', '-€2.50'],
    [-5, 'en', '-€0.05'],
    [123456789, 'de', '1.234.567,89 €'],
  ])('formats %p cents in %s as %s', (cents, locale, expected) => {
    expect(formatEuros(cents, locale).replace(/\s/g, ' ')).toBe(expected);
  });

  it('formats the French way with narrow spaces', () => {
    expect(formatEuros(123456789, 'fr').replace(/\s/g, ' ')).toBe(
      '1 234 567,89 €',
    );
  });

  it('shows every cent of any amount, which a float of euros cannot promise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        (cents) => {
          const digits = formatEuros(cents, 'en').replace(/[^0-9]/g, '');
          expect(BigInt(digits)).toBe(BigInt(cents));
        },
      ),
    );
  });

  it('refuses a fraction of a cent', () => {
    expect(() => formatEuros(1.5)).toThrow(RangeError);
  });
});

describe('call deadlines', () => {
  it('counts Brussels calendar days to the deadline', () => {
    expect(daysToDeadline('2026-12-01', '2026-11-25')).toBe(6);
    expect(daysToDeadline('2026-11-20', '2026-11-25')).toBe(-5);
  });

  it('calls a deadline upcoming while the proposal is being prepared and the call is open', () => {
    const today = '2026-11-25';
    expect(
      hasUpcomingDeadline({ status: 'idea', deadline: '2026-11-25' }, today),
    ).toBe(true);
    expect(
      hasUpcomingDeadline(
        { status: 'business_plan', deadline: '2027-01-10' },
        today,
      ),
    ).toBe(true);
    expect(
      hasUpcomingDeadline(
        { status: 'business_plan', deadline: '2026-11-24' },
        today,
      ),
    ).toBe(false);
    expect(
      hasUpcomingDeadline(
        { status: 'submitted', deadline: '2027-01-10' },
        today,
      ),
    ).toBe(false);
    expect(hasUpcomingDeadline({ status: 'idea', deadline: null }, today)).toBe(
      false,
    );
  });
});

describe('parseEuros', () => {
  it.each([
    ['1234.5', 123450],
    ['1 234,56', 123456],
    ['1.234.567,89', 123456789],
    ['1,234,567.89', 123456789],
    ['€ 12,000', 1200000],
    ['12.000', 1200000],
    ['0,07', 7],
    ['42', 4200],
    ['100000000', 10000000000],
  ])('reads %j as %p cents', (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });

  it.each(['', 'abc', '-5', '1.234,567', '12..5', '1e6', '10000000001', ',5'])(
    'refuses %j',
    (text) => {
      expect(parseEuros(text)).toBeNull();
    },
  );

  it('reads back what it writes for any amount in cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_CENTS }), (cents) => {
        expect(parseEuros(centsToEditableEuros(cents))).toBe(cents);
      }),
    );
  });
});
