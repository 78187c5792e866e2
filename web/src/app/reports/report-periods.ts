import { addCalendarDays } from '@ws/domain';

export type PeriodPreset = 'last-month' | 'last-quarter' | 'custom';

export interface ReportPeriod {
  /** YYYY-MM-DD, Brussels, inclusive */
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const firstOfMonth = (year: number, month: number) => {
  // month is 1–12 and may run over either end of the year
  const shifted = new Date(Date.UTC(year, month - 1, 1));
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-01`;
};

/** The whole calendar month, or quarter, before the one `today` (YYYY-MM-DD) is in. */
export function presetPeriod(
  preset: Exclude<PeriodPreset, 'custom'>,
  today: string,
): ReportPeriod {
  const [year, month] = today.split('-').map(Number);
  const months = preset === 'last-month' ? 1 : 3;
  const current =
    preset === 'last-month' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const end = firstOfMonth(year, current);
  return {
    from: firstOfMonth(year, current - months),
    to: addCalendarDays(end, -1),
  };
}
