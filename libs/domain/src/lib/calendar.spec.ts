import {
  addCalendarDays,
  brusselsDate,
  calendarDaysBetween,
  isCalendarDate,
  startOfBrusselsDay,
} from './calendar';

describe('brusselsDate', () => {
  it.each([
    // winter (CET, UTC+1): the day turns at 23:00 UTC
    ['2026-01-15T22:59:59Z', '2026-01-15'],
    ['2026-01-15T23:00:00Z', '2026-01-16'],
    // summer (CEST, UTC+2): the day turns at 22:00 UTC
    ['2026-07-01T21:59:59Z', '2026-07-01'],
    ['2026-07-01T22:00:00Z', '2026-07-02'],
    // 2026-03-29: clocks go forward at 01:00 UTC
    ['2026-03-28T22:59:00Z', '2026-03-28'],
    ['2026-03-28T23:00:00Z', '2026-03-29'],
    ['2026-03-29T21:59:00Z', '2026-03-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30'],
    // 2026-10-25: clocks go back at 01:00 UTC
    ['2026-10-24T21:59:00Z', '2026-10-24'],
    ['2026-10-24T22:00:00Z', '2026-10-25'],
    ['2026-10-25T22:59:00Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
  ])('places %s on %s', (instant, day) => {
    expect(brusselsDate(new Date(instant))).toBe(day);
  });
});

describe('isCalendarDate', () => {
  it.each(['2026-02-28', '2028-02-29', '2026-12-31', '2026-01-01'])(
    'accepts %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
    },
  );

  it.each([
    '2026-02-30',
    '2026-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '26-01-05',
    '2026-01-05T00:00:00Z',
    '',
    20260105,
    null,
  ])('refuses %j', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });
});

describe('calendarDaysBetween', () => {
  it.each([
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2026-12-31', '2027-01-01', 1],
    ['2026-05-10', '2026-05-10', 0],
    ['2026-05-10', '2026-05-01', -9],
  ])(
    'counts from %s to %s as %i days, across clock changes',
    (from, to, days) => {
      expect(calendarDaysBetween(from, to)).toBe(days);
    },
  );
});

describe('startOfBrusselsDay', () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z'],
    ['2026-07-01', '2026-06-30T22:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'],
    ['2026-10-26', '2026-10-25T23:00:00.000Z'],
  ])('starts %s at %s', (date, instant) => {
    expect(startOfBrusselsDay(date).toISOString()).toBe(instant);
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2026-10-24', 1, '2026-10-25'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s plus %i day is %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });
});
