import type { Health } from './actions';

// ECharts options as plain objects: the API renders them on the server (SVG, for the
// PDF report) and the web dashboard can feed the same objects to ngx-echarts.

export const HEALTH_COLOURS: Record<Health, string> = {
  green: '#2e7d32',
  amber: '#f9a825',
  red: '#c62828',
};

const HEALTH_LABELS: Record<Health, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
};

export interface ChartOptionSettings {
  /** False for a static rendering (PDF), where an animation would freeze half-way */
  animation?: boolean;
}

/** Pie of the live actions by health; empty slices are left out. */
export function healthPieOption(
  byHealth: Record<Health, number>,
  settings: ChartOptionSettings = {},
) {
  const data = (Object.keys(HEALTH_LABELS) as Health[])
    .filter((health) => byHealth[health] > 0)
    .map((health) => ({
      name: `${HEALTH_LABELS[health]} (${byHealth[health]})`,
      value: byHealth[health],
      itemStyle: { color: HEALTH_COLOURS[health] },
    }));
  return {
    animation: settings.animation ?? true,
    title: { text: 'Actions by health', left: 'center', top: 0 },
    series: [
      {
        type: 'pie' as const,
        radius: ['30%', '55%'],
        center: ['50%', '55%'],
        // A transparent border keeps labels readable outside a browser (SVG export).
        label: { formatter: '{b}', textBorderColor: 'transparent' },
        data,
      },
    ],
  };
}

/** Horizontal bars of mean progress (0–100) per labelled group, e.g. per stream. */
export function meanProgressBarOption(
  title: string,
  rows: readonly { label: string; meanProgress: number | null }[],
  settings: ChartOptionSettings = {},
) {
  const ordered = [...rows].reverse();
  return {
    animation: settings.animation ?? true,
    title: { text: title, left: 'center', top: 0 },
    grid: { left: 8, right: 40, top: 36, bottom: 24, containLabel: true },
    xAxis: { type: 'value' as const, min: 0, max: 100, name: '%' },
    yAxis: {
      type: 'category' as const,
      data: ordered.map((row) => row.label),
    },
    series: [
      {
        type: 'bar' as const,
        data: ordered.map((row) => row.meanProgress ?? 0),
        itemStyle: { color: '#1565c0' },
        label: {
          show: true,
          position: 'right' as const,
          formatter: '{c}%',
          textBorderColor: 'transparent',
        },
      },
    ],
  };
}
