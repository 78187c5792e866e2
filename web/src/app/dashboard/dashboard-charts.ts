// The dashboard's charts as plain data: figures in, ECharts options and their
// text alternatives out. No Angular and no DOM here, so the same functions
// can draw the charts of the PDF progress report on the server (SPEC §6).
import {
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  ActionStatus,
  DashboardView,
  HEALTHS,
  Health,
  ProgressFigures,
  UpcomingMilestone,
} from '@ws/domain';
import { differenceInCalendarDays, format, parse } from 'date-fns';
import type {
  BarSeriesOption,
  PieSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import {
  ActionListParams,
  DashboardFilters,
  LIVE_STATUSES,
  actionListParams,
} from './dashboard-filters';

export type DashboardChartOption = ComposeOption<
  | BarSeriesOption
  | PieSeriesOption
  | ScatterSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | TooltipComponentOption
>;

/** Where a figure leads: the action list filtered, or one action. */
export interface DrillDown {
  path: string;
  queryParams: ActionListParams | null;
}

/** A data item of a chart; ECharts hands it back on click. */
export interface ChartDatum {
  name: string;
  value: number | [string, string] | null;
  link: DrillDown | null;
}

export interface ChartTableRow {
  /** The first cell names the row (a row header) */
  cells: string[];
  link: DrillDown | null;
}

/** The figures of a chart as a table: its text alternative. */
export interface ChartTable {
  caption: string;
  headers: string[];
  /** Columns of numbers, aligned right */
  numeric: boolean[];
  rows: ChartTableRow[];
}

export interface ChartDefinition {
  /** Short summary read out instead of the drawing */
  label: string;
  option: DashboardChartOption;
  table: ChartTable;
  /** Height of the drawing in pixels; long lists need more */
  height: number;
}

// The colours of styles.css (SVG attributes cannot read CSS variables).
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
export const HEALTH_NAMES: Record<Health, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
};

export const HEALTH_SYMBOLS: Record<Health, string> = {
  green: '●',
  amber: '▲',
  red: '■',
};

// Green stays plain: an item's decal cannot be 'none' in ECharts.
const HEALTH_DECALS: Record<Health, PieDecal | undefined> = {
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

type PieDecal = NonNullable<NonNullable<PieSeriesOption['itemStyle']>['decal']>;

const DAY = 86_400_000;

const FONT = "Inter, 'Segoe UI', system-ui, -apple-system, Roboto, sans-serif";

const BASE: DashboardChartOption = {
  animationDuration: 400,
  textStyle: { fontFamily: FONT, color: CHART_COLOURS.text },
  // The drawing is described by its aria-label and table; the patterns stay.
  aria: { enabled: true, label: { enabled: false }, decal: { show: false } },
  tooltip: { confine: true },
};

export function formatPercent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value)}%`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function listLink(params: ActionListParams | null): DrillDown | null {
  return params ? { path: '/actions', queryParams: params } : null;
}

function actionLink(id: number): DrillDown {
  return { path: `/actions/${id}`, queryParams: null };
}

/** Progress of the actions behind some figures: not cancelled ones only. */
function progressLink(
  filters: DashboardFilters,
  figures: ProgressFigures,
  narrowing: Parameters<typeof actionListParams>[1],
): DrillDown | null {
  const live = figures.actions - figures.byStatus.cancelled;
  if (live === 0) return null;
  return listLink(
    actionListParams(filters, { ...narrowing, status: LIVE_STATUSES }),
  );
}

const PERCENT_AXIS = {
  type: 'value',
  min: 0,
  max: 100,
  interval: 25,
  axisLabel: {
    formatter: '{value}%',
    color: CHART_COLOURS.muted,
    hideOverlap: true,
  },
  splitLine: { lineStyle: { color: CHART_COLOURS.border } },
} as const;

/** Mean progress of each stream's actions, as columns S1–S5. */
export function streamProgressChart(
  view: Pick<DashboardView, 'byStream'>,
  filters: DashboardFilters,
): ChartDefinition {
  const data: ChartDatum[] = view.byStream.map((stream) => ({
    name: stream.code,
    value: stream.meanProgress,
    link: progressLink(filters, stream, { stream: stream.number }),
  }));
  const titles = new Map(view.byStream.map((s) => [s.code, s.title]));
  return {
    label: `Mean progress per stream: ${view.byStream
      .map((s) => `${s.code} ${formatPercent(s.meanProgress)}`)
      .join(', ')}.`,
    height: 280,
    option: {
      ...BASE,
      grid: { left: 8, right: 8, top: 28, bottom: 8 },
      tooltip: {
        ...BASE.tooltip,
        trigger: 'item',
        formatter: (params: unknown) => {
          const { name, value } = params as { name: string; value: unknown };
          return `${name} ${titles.get(name) ?? ''}<br/>Mean progress ${formatPercent(typeof value === 'number' ? value : null)}`;
        },
      },
      xAxis: {
        type: 'category',
        data: view.byStream.map((s) => s.code),
        axisTick: { show: false },
        axisLabel: { color: CHART_COLOURS.text, fontWeight: 600 },
      },
      yAxis: PERCENT_AXIS,
      series: [
        {
          type: 'bar',
          name: 'Mean progress',
          data: data.map((d) => ({ ...d, value: d.value ?? '-' })) as never,
          barMaxWidth: 56,
          cursor: 'pointer',
          itemStyle: {
            color: CHART_COLOURS.primary,
            borderRadius: [4, 4, 0, 0],
          },
          label: {
            show: true,
            position: 'top',
            formatter: (p: unknown) =>
              formatPercent(numberOr((p as { value: unknown }).value)),
            color: CHART_COLOURS.text,
          },
        },
      ],
    },
    table: {
      caption: 'Mean progress per stream',
      headers: ['Stream', 'Actions', 'Mean progress'],
      numeric: [false, true, true],
      rows: view.byStream.map((stream, i) => ({
        cells: [
          `${stream.code} ${stream.title}`,
          String(stream.actions),
          formatPercent(stream.meanProgress),
        ],
        link: data[i].link,
      })),
    },
  };
}

function numberOr(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/**
 * Mean progress of the actions each partner leads, best first; partners
 * leading no action (in the filter) come last, without a bar.
 */
export function partnerProgressChart(
  view: Pick<DashboardView, 'byPartner'>,
  filters: DashboardFilters,
): ChartDefinition {
  const partners = [...view.byPartner].sort(
    (a, b) =>
      (b.meanProgress ?? -1) - (a.meanProgress ?? -1) ||
      a.name.localeCompare(b.name),
  );
  const data: ChartDatum[] = partners.map((partner) => ({
    name: partner.name,
    value: partner.meanProgress,
    link: progressLink(filters, partner, { lead: partner.slug }),
  }));
  return {
    label: `Mean progress of the actions each partner leads, best first: ${partners
      .map((p) => `${p.name} ${formatPercent(p.meanProgress)}`)
      .join(', ')}.`,
    height: Math.max(160, partners.length * 30 + 40),
    option: {
      ...BASE,
      grid: { left: 8, right: 40, top: 8, bottom: 8 },
      tooltip: {
        ...BASE.tooltip,
        trigger: 'item',
        formatter: (params: unknown) => {
          const { dataIndex } = params as { dataIndex: number };
          const partner = partners[dataIndex];
          return `${partner.name}<br/>Leads ${plural(partner.actions, 'action')}, mean progress ${formatPercent(partner.meanProgress)}`;
        },
      },
      xAxis: PERCENT_AXIS,
      yAxis: {
        type: 'category',
        inverse: true,
        data: partners.map((p) => p.name),
        axisTick: { show: false },
        axisLabel: { color: CHART_COLOURS.text },
      },
      series: [
        {
          type: 'bar',
          name: 'Mean progress',
          data: data.map((d) => ({ ...d, value: d.value ?? '-' })) as never,
          barMaxWidth: 18,
          cursor: 'pointer',
          itemStyle: {
            color: CHART_COLOURS.accent,
            borderRadius: [0, 4, 4, 0],
          },
          label: {
            show: true,
            position: 'right',
            formatter: (p: unknown) =>
              formatPercent(numberOr((p as { value: unknown }).value)),
            color: CHART_COLOURS.text,
          },
        },
      ],
    },
    table: {
      caption: 'Mean progress of the actions each partner leads',
      headers: ['Partner', 'Leads', 'Contributes to', 'Mean progress'],
      numeric: [false, true, true, true],
      rows: partners.map((partner, i) => ({
        cells: [
          partner.name,
          String(partner.actions),
          String(partner.contributes),
          formatPercent(partner.meanProgress),
        ],
        link: data[i].link,
      })),
    },
  };
}

function donut(
  name: string,
  data: (ChartDatum & { itemStyle: PieSeriesOption['itemStyle'] })[],
): DashboardChartOption {
  return {
    ...BASE,
    tooltip: {
      ...BASE.tooltip,
      trigger: 'item',
      formatter: (params: unknown) => {
        const {
          name: label,
          value,
          percent,
        } = params as {
          name: string;
          value: number;
          percent: number;
        };
        return `${label}: ${plural(value, 'action')} (${Math.round(percent)}%)`;
      },
    },
    series: [
      {
        type: 'pie',
        name,
        radius: ['40%', '62%'],
        center: ['50%', '50%'],
        avoidLabelOverlap: true,
        cursor: 'pointer',
        label: {
          show: true,
          formatter: '{b}\n{c}',
          color: CHART_COLOURS.text,
          lineHeight: 16,
        },
        labelLine: { length: 6, length2: 6 },
        minShowLabelAngle: 0,
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        data: data.filter((d) => (d.value as number) > 0) as never,
        emptyCircleStyle: { color: CHART_COLOURS.border },
      },
    ],
  };
}

/** How many actions are in each status; a segment per status. */
export function statusChart(
  figures: ProgressFigures,
  filters: DashboardFilters,
): ChartDefinition {
  const data = ACTION_STATUSES.map((status) => ({
    name: ACTION_STATUS_LABELS[status],
    value: figures.byStatus[status],
    link:
      figures.byStatus[status] > 0
        ? listLink(actionListParams(filters, { status: [status] }))
        : null,
    itemStyle: { color: STATUS_COLOURS[status] },
  }));
  return {
    label: `Actions by status: ${data
      .map((d) => `${d.name} ${d.value}`)
      .join(', ')}.`,
    height: 280,
    option: donut('Actions by status', data),
    table: {
      caption: 'Actions by status',
      headers: ['Status', 'Actions'],
      numeric: [false, true],
      rows: data.map((d) => ({
        cells: [d.name, String(d.value)],
        link: d.link,
      })),
    },
  };
}

/** Health of the actions that are not cancelled; a segment per health. */
export function healthChart(
  figures: ProgressFigures,
  filters: DashboardFilters,
): ChartDefinition {
  const data = HEALTHS.map((health) => ({
    name: `${HEALTH_SYMBOLS[health]} ${HEALTH_NAMES[health]}`,
    value: figures.byHealth[health],
    link:
      figures.byHealth[health] > 0
        ? listLink(actionListParams(filters, { health, status: LIVE_STATUSES }))
        : null,
    itemStyle: HEALTH_DECALS[health]
      ? { color: HEALTH_COLOURS[health], decal: HEALTH_DECALS[health] }
      : { color: HEALTH_COLOURS[health] },
  }));
  return {
    label: `Health of the actions that are not cancelled: ${HEALTHS.map(
      (h) => `${HEALTH_NAMES[h]} ${figures.byHealth[h]}`,
    ).join(', ')}.`,
    height: 280,
    option: donut('Health', data),
    table: {
      caption: 'Health of the actions that are not cancelled',
      headers: ['Health', 'Actions'],
      numeric: [false, true],
      rows: HEALTHS.map((health, i) => ({
        cells: [HEALTH_NAMES[health], String(figures.byHealth[health])],
        link: data[i].link,
      })),
    },
  };
}

function formatDay(date: string): string {
  return format(parse(date, 'yyyy-MM-dd', new Date(2000, 0, 1)), 'd MMM yyyy');
}

/**
 * The milestones due in the coming weeks on a time line: a row per action,
 * a point per milestone, from today to the last one shown.
 */
export function milestoneTimelineChart(
  milestones: readonly UpcomingMilestone[],
  today: string,
  horizonDays: number,
  partnerNames: ReadonlyMap<string, string> = new Map(),
): ChartDefinition {
  const codes = [...new Set(milestones.map((m) => m.code))];
  const data: ChartDatum[] = milestones.map((milestone) => ({
    name: `${milestone.code} · ${milestone.title}`,
    value: [milestone.dueDate, milestone.code],
    link: actionLink(milestone.actionId),
  }));
  const day = parse(today, 'yyyy-MM-dd', new Date(2000, 0, 1)).getTime();
  // Two days either side keep the first and last points whole.
  const start = format(day - 2 * DAY, 'yyyy-MM-dd');
  const end = format(day + (horizonDays + 2) * DAY, 'yyyy-MM-dd');
  return {
    label: milestones.length
      ? `${plural(milestones.length, 'milestone')} due in the next ${horizonDays} days, the first on ${formatDay(milestones[0].dueDate)}.`
      : `No milestone is due in the next ${horizonDays} days.`,
    height: Math.max(140, codes.length * 26 + 60),
    option: {
      ...BASE,
      grid: { left: 8, right: 24, top: 12, bottom: 8 },
      tooltip: {
        ...BASE.tooltip,
        trigger: 'item',
        formatter: (params: unknown) => {
          const { dataIndex } = params as { dataIndex: number };
          const m = milestones[dataIndex];
          const days = differenceInCalendarDays(
            parse(m.dueDate, 'yyyy-MM-dd', new Date(2000, 0, 1)),
            parse(today, 'yyyy-MM-dd', new Date(2000, 0, 1)),
          );
          return `${formatDay(m.dueDate)} (in ${plural(days, 'day')})<br/><b>${escapeHtml(m.title)}</b><br/>${m.code} ${escapeHtml(m.actionTitle)}`;
        },
      },
      xAxis: {
        type: 'time',
        min: start,
        max: end,
        minInterval: 7 * DAY,
        axisLabel: {
          color: CHART_COLOURS.muted,
          hideOverlap: true,
          formatter: '{d} {MMM}',
        },
        splitLine: { show: true, lineStyle: { color: CHART_COLOURS.border } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: codes,
        axisTick: { show: false },
        axisLabel: { color: CHART_COLOURS.text, fontWeight: 600 },
        splitLine: { show: true, lineStyle: { color: '#eef1f5' } },
      },
      series: [
        {
          type: 'scatter',
          name: 'Milestones',
          symbol: 'diamond',
          symbolSize: 14,
          cursor: 'pointer',
          itemStyle: { color: CHART_COLOURS.primary },
          data: data as never,
        },
      ],
    },
    table: {
      caption: `Milestones due in the next ${horizonDays} days`,
      headers: ['Due date', 'Action', 'Milestone', 'Lead'],
      numeric: [false, false, false, false],
      rows: milestones.map((m, i) => ({
        cells: [
          formatDay(m.dueDate),
          `${m.code} ${m.actionTitle}`,
          m.title,
          partnerNames.get(m.lead) ?? m.lead,
        ],
        link: data[i].link,
      })),
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[
        c
      ] ?? c,
  );
}
