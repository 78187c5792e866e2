import { calendarDaysBetween } from './calendar';

// SPEC §2: investment proposals move from an idea to a funding decision. Money is kept
// as whole euro cents, added as integers and only turned into euros to be shown.

export const INVESTMENT_STATUSES = [
  'idea',
  'business_plan',
  'submitted',
  'granted',
  'rejected',
  'withdrawn',
] as const;
export type InvestmentStatus = (typeof INVESTMENT_STATUSES)[number];

export const INVESTMENT_STATUS_LABELS: Record<InvestmentStatus, string> = {
  idea: 'Idea',
  business_plan: 'Business plan',
  submitted: 'Submitted',
  granted: 'Granted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** Proposals still being prepared or waiting for the funder's decision. */
export const OPEN_INVESTMENT_STATUSES: readonly InvestmentStatus[] = [
  'idea',
  'business_plan',
  'submitted',
];
/** Proposals whose call deadline is still ahead of them: not submitted yet. */
export const PREPARING_INVESTMENT_STATUSES: readonly InvestmentStatus[] = [
  'idea',
  'business_plan',
];

/**
 * Where a proposal may go from each status. A rejected or withdrawn proposal may be
 * reworked for another call; a grant may still be declined (withdrawn).
 */
export const INVESTMENT_TRANSITIONS: Record<
  InvestmentStatus,
  readonly InvestmentStatus[]
> = {
  idea: ['business_plan', 'submitted', 'withdrawn'],
  business_plan: ['idea', 'submitted', 'withdrawn'],
  submitted: ['granted', 'rejected', 'withdrawn'],
  granted: ['withdrawn'],
  rejected: ['idea', 'business_plan'],
  withdrawn: ['idea', 'business_plan'],
};

export function canMoveInvestment(
  from: InvestmentStatus,
  to: InvestmentStatus,
): boolean {
  return from === to || INVESTMENT_TRANSITIONS[from].includes(to);
}

/** The largest amount one proposal may carry: €10 billion, so totals stay exact. */
export const MAX_AMOUNT_CENTS = 1_000_000_000_000;

export function isCents(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    value >= 0 &&
    value <= MAX_AMOUNT_CENTS
  );
}

export interface InvestmentProblem {
  field: 'amountCents' | 'cofinancingCents' | 'status';
  problem: string;
}

/**
 * What is wrong with a proposal's money and status change. Co-financing is the part of
 * the amount the partners bring themselves, so it never exceeds the amount.
 */
export function investmentProblems(
  proposal: { amountCents: number; cofinancingCents: number },
  statusChange?: { from: InvestmentStatus; to: InvestmentStatus },
): InvestmentProblem[] {
  const problems: InvestmentProblem[] = [];
  if (proposal.cofinancingCents > proposal.amountCents)
    problems.push({
      field: 'cofinancingCents',
      problem: 'cofinancingCents must not exceed amountCents',
    });
  if (statusChange && !canMoveInvestment(statusChange.from, statusChange.to))
    problems.push({
      field: 'status',
      problem: `a proposal cannot go from ${statusChange.from} to ${statusChange.to} (allowed: ${INVESTMENT_TRANSITIONS[statusChange.from].join(', ')})`,
    });
  return problems;
}

/** The exact sum of amounts in cents; refuses to return a total that lost precision. */
export function sumCents(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) {
    if (!Number.isSafeInteger(value))
      throw new RangeError(`${value} is not a whole number of cents`);
    total += value;
    if (!Number.isSafeInteger(total))
      throw new RangeError('The total is too large to be exact');
  }
  return total;
}

/**
 * A sum or amount as the database returns it: a number (SQLite), or a string for
 * PostgreSQL's bigint and numeric. Null (the sum of nothing) is 0.
 */
export function centsFromDatabase(value: unknown): number {
  if (value === null || value === undefined) return 0;
  const cents = typeof value === 'string' ? Number(value) : value;
  if (typeof cents === 'bigint') return centsFromDatabase(String(cents));
  if (typeof cents !== 'number' || !Number.isSafeInteger(cents))
    throw new RangeError(`${String(value)} is not a whole number of cents`);
  return cents;
}

/** Euros as a number, for chart axes only: never add these up. */
export function centsToEuros(cents: number): number {
  return cents / 100;
}

/** "€1,234,567.89" (en), "1 234 567,89 €" (fr)…, computed from the integer, never from a float. */
export function formatEuros(cents: number, locale = 'en'): string {
  if (!Number.isSafeInteger(cents))
    throw new RangeError(`${cents} is not a whole number of cents`);
  const magnitude = Math.abs(cents);
  const fraction = String(magnitude % 100).padStart(2, '0');
  const whole = (magnitude - (magnitude % 100)) / 100;
  // Formatting ±1 when the whole part is 0 keeps the sign of a negative amount of cents.
  const parts = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).formatToParts((cents < 0 ? -1 : 1) * Math.max(whole, 1));
  return parts
    .map((part) =>
      part.type === 'fraction'
        ? fraction
        : part.type === 'integer' && whole === 0
          ? '0'
          : part.value,
    )
    .join('');
}

/** The money figures of a group of proposals. */
export interface MoneyFigures {
  count: number;
  amountCents: number;
  cofinancingCents: number;
}

export const NO_MONEY: MoneyFigures = {
  count: 0,
  amountCents: 0,
  cofinancingCents: 0,
};

/** Adds up groups of proposals exactly. */
export function addFigures(groups: Iterable<MoneyFigures>): MoneyFigures {
  const list = [...groups];
  return {
    count: list.reduce((count, group) => count + group.count, 0),
    amountCents: sumCents(list.map((group) => group.amountCents)),
    cofinancingCents: sumCents(list.map((group) => group.cofinancingCents)),
  };
}

/** Calendar days until a call closes; negative once it has. */
export function daysToDeadline(deadline: string, today: string): number {
  return calendarDaysBetween(today, deadline);
}

/** A call the proposal still has to be submitted to, closing today or later. */
export function hasUpcomingDeadline(
  proposal: { status: InvestmentStatus; deadline: string | null },
  today: string,
): boolean {
  return (
    proposal.deadline !== null &&
    PREPARING_INVESTMENT_STATUSES.includes(proposal.status) &&
    proposal.deadline >= today
  );
}

/**
 * Whole cents from euros as people type them: "1234.5", "1 234,56", "1.234.567,89",
 * "€ 12,000". The last "." or "," followed by one or two digits is the decimal mark;
 * other dots, commas and spaces group thousands. Null for anything else, so that a
 * typo is never read as another amount. No floating point is involved.
 */
export function parseEuros(text: string): number | null {
  const compact = text.replace(/[€\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return null;
  const decimal = /([.,])(\d{1,2})$/.exec(compact);
  const grouped = decimal ? compact.slice(0, decimal.index) : compact;
  // Thousands come in groups of three, with one mark that is not the decimal one.
  const grouping = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/.exec(grouped);
  if (!/^\d+$/.test(grouped) && (!grouping || grouping[1] === decimal?.[1]))
    return null;
  const whole = grouped.replace(/[.,]/g, '');
  const cents =
    Number(whole) * 100 + Number((decimal?.[2] ?? '').padEnd(2, '0'));
  return isCents(cents) ? cents : null;
}

/** Cents as a plain editable amount, "1234.50": what parseEuros reads back. */
export function centsToEditableEuros(cents: number): string {
  return `${(cents - (cents % 100)) / 100}.${String(cents % 100).padStart(2, '0')}`;
}
