import { ACTION_STATUSES, HEALTHS } from './actions';
import type { ActionStatus, Health } from './actions';

// The charts of the dashboard and of the PDF progress report, as plain ECharts
// options: the web app feeds them to ngx-echarts, the API renders them to SVG.
// What only the web needs (click targets, tooltips) and every word (translated
// in the web, English in the report) are passed in.

// The colours of the web app's styles.css (SVG attributes cannot read CSS
// variables).
export const CHART_COLOURS = {
  text: '#1a2230',
  muted: '#556070',
  border: '#dde2e9',
  primary: '#1f4f8f',
  accent: '#0b7566',
  danger: '#a4261d',
  amber: '#c77f00',
};

export const STATUS_COLOURS: Record<ActionStatus, string> = {
  planned: '#8d99aa',
  in_progress: CHART_COLOURS.primary,
  on_hold: CHART_COLOURS.amber,
  completed: CHART_COLOURS.accent,
  cancelled: '#c9d0da',
};

export const HEALTH_COLOURS: Record<Health, string> = {
  green: CHART_COLOURS.accent,
  amber: CHART_COLOURS.amber,
  red: CHART_COLOURS.danger,
};

// Health is never told by colour alone (WCAG 1.4.1): each has the symbol of
// the health badge and a pattern of its own.
export const HEALTH_SYMBOLS: Record<Health, string> = {
  green: '●',
  amber: '▲',
  red: '■',
};

// Green stays plain: an item's decal cannot be 'none' in ECharts.
const HEALTH_DECALS: Record<Health, object | undefined> = {
  green: undefined,
  amber: {
    symbol: 'rect',
    dashArrayX: [1, 0],
    dashArrayY: [2, 5],
    rotation: Math.PI / 4,
    color: 'rgba(255, 255, 255, 0.55)',
  },
  red: {
    symbol: 'rect',
    dashArrayX: [[4, 4]],
    dashArrayY: [4, 4],
    color: 'rgba(255, 255, 255, 0.45)',
  },
};

/** The English names of the health values (the web translates its own). */
export const HEALTH_LABELS: Record<Health, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
};

const FONT = "Inter, 'Segoe UI', system-ui, -apple-system, Roboto, sans-serif";

export interface ChartSettings {
  /** False for a static rendering (PDF), where an animation would freeze half-way */
  animation?: boolean;
  /** A title drawn in the picture (the PDF has no heading around its charts) */
  title?: string;
  /** A percentage as the reader writes it; "45%" by default */
  percent?: (value: number) => string;
}

/**
 * A bar or a slice. Fields beyond name and value (a click target) stay on the
 * data item, where ECharts hands them back on click.
 */
export type ChartItem<Extra extends object = object> = Extra & {
  name: string;
  value: number | null;
};

const englishPercent = (value: number) => `${Math.round(value)}%`;

/** What every chart shares: font, colours, animation, accessibility. */
export function baseChartOption(settings: ChartSettings = {}) {
  return {
    animation: settings.animation ?? true,
    animationDuration: 400,
    textStyle: { fontFamily: FONT, color: CHART_COLOURS.text },
    // The drawing is described by its own label and table; the patterns stay.
    aria: { enabled: true, label: { enabled: false }, decal: { show: false } },
    ...(settings.title
      ? { title: { text: settings.title, left: 'center', top: 0 } }
      : {}),
  };
}

// A transparent text border keeps labels readable outside a browser (SVG export).
const LABEL_TEXT = {
  color: CHART_COLOURS.text,
  textBorderColor: 'transparent',
};

export interface DonutText<Key extends string> {
  /** Names the series, e.g. "Actions by status" */
  series: string;
  names: Record<Key, string>;
  /** ECharts label of a slice; name and count on two lines by default */
  sliceLabel?: string;
}

function donutOption<Extra extends object>(
  text: DonutText<string>,
  items: (ChartItem<Extra> & { itemStyle: object })[],
  settings: ChartSettings,
) {
  return {
    ...baseChartOption(settings),
    series: [
      {
        type: 'pie' as const,
        name: text.series,
        radius: ['40%', '62%'],
        center: ['50%', settings.title ? '55%' : '50%'],
        avoidLabelOverlap: true,
        cursor: 'pointer',
        label: {
          ...LABEL_TEXT,
          show: true,
          formatter: text.sliceLabel ?? '{b}\n{c}',
          lineHeight: 16,
        },
        labelLine: { length: 6, length2: 6 },
        minShowLabelAngle: 0,
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        // Empty slices are left out, so no label stands for nothing.
        data: items.filter((item) => (item.value ?? 0) > 0),
        emptyCircleStyle: { color: CHART_COLOURS.border },
      },
    ],
  };
}

/** How many actions are in each status: a slice per status. */
export function statusDonutOption<Extra extends object>(
  byStatus: Record<ActionStatus, number>,
  text: DonutText<ActionStatus>,
  extra: (status: ActionStatus) => Extra,
  settings: ChartSettings = {},
) {
  return donutOption(
    text,
    ACTION_STATUSES.map((status) => ({
      ...extra(status),
      name: text.names[status],
      value: byStatus[status],
      itemStyle: { color: STATUS_COLOURS[status] },
    })),
    settings,
  );
}

/** Health of the actions: a slice per health, each with its symbol and pattern. */
export function healthDonutOption<Extra extends object>(
  byHealth: Record<Health, number>,
  text: DonutText<Health> & {
    /** The badge's symbol before each name; true by default */
    symbols?: boolean;
  },
  extra: (health: Health) => Extra,
  settings: ChartSettings = {},
) {
  return donutOption(
    text,
    HEALTHS.map((health) => ({
      ...extra(health),
      name:
        text.symbols === false
          ? text.names[health]
          : `${HEALTH_SYMBOLS[health]} ${text.names[health]}`,
      value: byHealth[health],
      itemStyle: HEALTH_DECALS[health]
        ? { color: HEALTH_COLOURS[health], decal: HEALTH_DECALS[health] }
        : { color: HEALTH_COLOURS[health] },
    })),
    settings,
  );
}

export interface ProgressBarsLayout {
  /** Columns standing on the groups (few, short names) or rows beside them */
  direction: 'columns' | 'rows';
  colour: string;
}

/**
 * Mean progress (0–100) per group, in the order given (first on the left or
 * at the top). A group without actions has no bar, rather than a bar at 0.
 */
export function progressBarsOption<Extra extends object>(
  seriesName: string,
  items: readonly ChartItem<Extra>[],
  layout: ProgressBarsLayout,
  settings: ChartSettings = {},
) {
  const percent = settings.percent ?? englishPercent;
  const columns = layout.direction === 'columns';
  const percentAxis = {
    type: 'value' as const,
    min: 0,
    max: 100,
    interval: 25,
    axisLabel: {
      formatter: (value: number) => percent(value),
      color: CHART_COLOURS.muted,
      hideOverlap: true,
    },
    splitLine: { lineStyle: { color: CHART_COLOURS.border } },
  };
  const groupAxis = {
    type: 'category' as const,
    // Rows read top-down, like the table beside them.
    inverse: !columns,
    data: items.map((item) => item.name),
    axisTick: { show: false },
    axisLabel: { color: CHART_COLOURS.text, fontWeight: columns ? 600 : 400 },
  };
  return {
    ...baseChartOption(settings),
    grid: {
      left: 8,
      right: columns ? 8 : 40,
      top: (settings.title ? 28 : 0) + (columns ? 28 : 8),
      bottom: 8,
      containLabel: true,
    },
    xAxis: columns ? groupAxis : percentAxis,
    yAxis: columns ? percentAxis : groupAxis,
    series: [
      {
        type: 'bar' as const,
        name: seriesName,
        // '-' is ECharts' "no value": no bar and no label.
        data: items.map((item) => ({ ...item, value: item.value ?? '-' })),
        barMaxWidth: columns ? 56 : 18,
        cursor: 'pointer',
        itemStyle: {
          color: layout.colour,
          borderRadius: columns ? [4, 4, 0, 0] : [0, 4, 4, 0],
        },
        label: {
          ...LABEL_TEXT,
          show: true,
          position: columns ? ('top' as const) : ('right' as const),
          formatter: (params: { value: unknown }) =>
            typeof params.value === 'number' ? percent(params.value) : '',
        },
      },
    ],
  };
}

const noExtra = () => ({});

/** The progress report's health chart: English, titled, "Green (5)". */
export function healthPieOption(
  byHealth: Record<Health, number>,
  settings: ChartSettings = {},
) {
  return healthDonutOption(
    byHealth,
    {
      series: 'Actions by health',
      names: HEALTH_LABELS,
      symbols: false,
      sliceLabel: '{b} ({c})',
    },
    noExtra,
    { title: 'Actions by health', ...settings },
  );
}

/** The progress report's bars: a titled row per group, in English. */
export function meanProgressBarOption(
  title: string,
  rows: readonly { label: string; meanProgress: number | null }[],
  settings: ChartSettings = {},
) {
  return progressBarsOption(
    title,
    rows.map((row) => ({ name: row.label, value: row.meanProgress })),
    { direction: 'rows', colour: CHART_COLOURS.primary },
    { title, ...settings },
  );
}
