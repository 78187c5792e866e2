import { presetPeriod } from './report-periods';

describe('presetPeriod', () => {
  it.each([
    ['2026-11-25', 'last-month', '2026-10-01', '2026-10-31'],
    ['2026-03-01', 'last-month', '2026-02-01', '2026-02-28'],
    ['2026-01-15', 'last-month', '2025-12-01', '2025-12-31'],
    ['2026-11-25', 'last-quarter', '2026-07-01', '2026-09-30'],
    ['2026-10-01', 'last-quarter', '2026-07-01', '2026-09-30'],
    ['2026-02-10', 'last-quarter', '2025-10-01', '2025-12-31'],
    ['2028-05-31', 'last-quarter', '2028-01-01', '2028-03-31'],
  ] as const)('on %s, %s runs from %s to %s', (today, preset, from, to) => {
    expect(presetPeriod(preset, today)).toEqual({ from, to });
  });
});
