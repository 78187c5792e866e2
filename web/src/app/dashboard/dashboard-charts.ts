// The dashboard's charts as plain data: figures in, ECharts options and their
// text alternatives out, in the reader's language. The drawings themselves are
// defined once in @ws/domain, which also draws the PDF report's charts; this
// adds what only the web has: click targets, tooltips and tables.
import {
  ACTION_STATUSES,
  CHART_COLOURS,
  DashboardView,
  HEALTHS,
  ProgressFigures,
  UpcomingMilestone,
  baseChartOption,
  healthDonutOption,
  progressBarsOption,
  statusDonutOption,
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
import { Words, countOf } from '../core/i18n/words';
import { formatCalendarDate } from '../shared/calendar-date';
import { formatPercent as formatLocalPercent } from '../shared/progress-bar';
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

type ProgressDatum = ChartDatum & { value: number | null };

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

const DAY = 86_400_000;

const TOOLTIP = { confine: true } as const;

/** A mean progress as shown: "67%", "67 %", or a dash without actions. */
export function formatPercent(value: number | null, words: Words): string {
  return value === null ? '—' : formatLocalPercent(value, words.locale);
}

/** "S1 67%, S2 —" */
function listed(items: readonly { name: string; value: string }[]): string {
  return items.map((item) => `${item.name} ${item.value}`).join(', ');
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

/** Mean progress of each stream's actions, as columns S1–S5. */
export function streamProgressChart(
  view: Pick<DashboardView, 'byStream'>,
  filters: DashboardFilters,
  words: Words,
): ChartDefinition {
  const data: ProgressDatum[] = view.byStream.map((stream) => ({
    name: stream.code,
    value: stream.meanProgress,
    link: progressLink(filters, stream, { stream: stream.number }),
  }));
  const titles = new Map(view.byStream.map((s) => [s.code, s.title]));
  const meanProgress = words.translate('dashboard.charts.meanProgress');
  return {
    label: words.translate('dashboard.charts.stream.label', {
      list: listed(
        view.byStream.map((s) => ({
          name: s.code,
          value: formatPercent(s.meanProgress, words),
        })),
      ),
    }),
    height: 280,
    option: {
      ...progressBarsOption(
        meanProgress,
        data,
        { direction: 'columns', colour: CHART_COLOURS.primary },
        { percent: (value) => formatPercent(value, words) },
      ),
      tooltip: {
        ...TOOLTIP,
        trigger: 'item',
        formatter: (params: unknown) => {
          const { name, value } = params as { name: string; value: unknown };
          return `${name} ${escapeHtml(titles.get(name) ?? '')}<br/>${meanProgress} ${formatPercent(numberOr(value), words)}`;
        },
      },
    } as DashboardChartOption,
    table: {
      caption: words.translate('dashboard.charts.stream.caption'),
      headers: [
        words.translate('dashboard.charts.headers.stream'),
        words.translate('dashboard.charts.headers.actions'),
        meanProgress,
      ],
      numeric: [false, true, true],
      rows: view.byStream.map((stream, i) => ({
        cells: [
          `${stream.code} ${stream.title}`,
          formatCount(stream.actions, words),
          formatPercent(stream.meanProgress, words),
        ],
        link: data[i].link,
      })),
    },
  };
}

function formatCount(count: number, words: Words): string {
  return new Intl.NumberFormat(words.locale).format(count);
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
  words: Words,
): ChartDefinition {
  const partners = [...view.byPartner].sort(
    (a, b) =>
      (b.meanProgress ?? -1) - (a.meanProgress ?? -1) ||
      a.name.localeCompare(b.name),
  );
  const data: ProgressDatum[] = partners.map((partner) => ({
    name: partner.name,
    value: partner.meanProgress,
    link: progressLink(filters, partner, { lead: partner.slug }),
  }));
  const meanProgress = words.translate('dashboard.charts.meanProgress');
  return {
    label: words.translate('dashboard.charts.partner.label', {
      list: listed(
        partners.map((p) => ({
          name: p.name,
          value: formatPercent(p.meanProgress, words),
        })),
      ),
    }),
    height: Math.max(160, partners.length * 30 + 40),
    option: {
      ...progressBarsOption(
        meanProgress,
        data,
        { direction: 'rows', colour: CHART_COLOURS.accent },
        { percent: (value) => formatPercent(value, words) },
      ),
      tooltip: {
        ...TOOLTIP,
        trigger: 'item',
        formatter: (params: unknown) => {
          const { dataIndex } = params as { dataIndex: number };
          const partner = partners[dataIndex];
          return `${escapeHtml(partner.name)}<br/>${words.translate(
            'dashboard.charts.partner.tooltip',
            {
              leads: countOf(
                words,
                'dashboard.charts.count.action',
                partner.actions,
              ),
              progress: formatPercent(partner.meanProgress, words),
            },
          )}`;
        },
      },
    } as DashboardChartOption,
    table: {
      caption: words.translate('dashboard.charts.partner.caption'),
      headers: [
        words.translate('dashboard.charts.headers.partner'),
        words.translate('dashboard.charts.headers.leads'),
        words.translate('dashboard.charts.headers.contributes'),
        meanProgress,
      ],
      numeric: [false, true, true, true],
      rows: partners.map((partner, i) => ({
        cells: [
          partner.name,
          formatCount(partner.actions, words),
          formatCount(partner.contributes, words),
          formatPercent(partner.meanProgress, words),
        ],
        link: data[i].link,
      })),
    },
  };
}

function donutTooltip(words: Words): DashboardChartOption['tooltip'] {
  return {
    ...TOOLTIP,
    trigger: 'item',
    formatter: (params: unknown) => {
      const { name, value, percent } = params as {
        name: string;
        value: number;
        percent: number;
      };
      return words.translate('dashboard.charts.donutTooltip', {
        name,
        actions: countOf(words, 'dashboard.charts.count.action', value),
        percent: formatLocalPercent(percent, words.locale),
      });
    },
  };
}

/** How many actions are in each status; a segment per status. */
export function statusChart(
  figures: ProgressFigures,
  filters: DashboardFilters,
  words: Words,
): ChartDefinition {
  const names = Object.fromEntries(
    ACTION_STATUSES.map((status) => [
      status,
      words.translate(`status.${status}`),
    ]),
  ) as Record<(typeof ACTION_STATUSES)[number], string>;
  const links = Object.fromEntries(
    ACTION_STATUSES.map((status) => [
      status,
      figures.byStatus[status] > 0
        ? listLink(actionListParams(filters, { status: [status] }))
        : null,
    ]),
  );
  const caption = words.translate('dashboard.charts.status.caption');
  return {
    label: words.translate('dashboard.charts.status.label', {
      list: listed(
        ACTION_STATUSES.map((status) => ({
          name: names[status],
          value: formatCount(figures.byStatus[status], words),
        })),
      ),
    }),
    height: 280,
    option: {
      ...statusDonutOption(
        figures.byStatus,
        { series: caption, names },
        (status) => ({ link: links[status] }),
      ),
      tooltip: donutTooltip(words),
    } as DashboardChartOption,
    table: {
      caption,
      headers: [
        words.translate('dashboard.charts.headers.status'),
        words.translate('dashboard.charts.headers.actions'),
      ],
      numeric: [false, true],
      rows: ACTION_STATUSES.map((status) => ({
        cells: [names[status], formatCount(figures.byStatus[status], words)],
        link: links[status],
      })),
    },
  };
}

/** Health of the actions that are not cancelled; a segment per health. */
export function healthChart(
  figures: ProgressFigures,
  filters: DashboardFilters,
  words: Words,
): ChartDefinition {
  const names = Object.fromEntries(
    HEALTHS.map((health) => [health, words.translate(`health.${health}`)]),
  ) as Record<(typeof HEALTHS)[number], string>;
  const links = Object.fromEntries(
    HEALTHS.map((health) => [
      health,
      figures.byHealth[health] > 0
        ? listLink(actionListParams(filters, { health, status: LIVE_STATUSES }))
        : null,
    ]),
  );
  return {
    label: words.translate('dashboard.charts.health.label', {
      list: listed(
        HEALTHS.map((health) => ({
          name: names[health],
          value: formatCount(figures.byHealth[health], words),
        })),
      ),
    }),
    height: 280,
    option: {
      ...healthDonutOption(
        figures.byHealth,
        { series: words.translate('dashboard.charts.health.series'), names },
        (health) => ({ link: links[health] }),
      ),
      tooltip: donutTooltip(words),
    } as DashboardChartOption,
    table: {
      caption: words.translate('dashboard.charts.health.caption'),
      headers: [
        words.translate('dashboard.charts.headers.health'),
        words.translate('dashboard.charts.headers.actions'),
      ],
      numeric: [false, true],
      rows: HEALTHS.map((health) => ({
        cells: [names[health], formatCount(figures.byHealth[health], words)],
        link: links[health],
      })),
    },
  };
}

function dayOf(date: string): Date {
  return parse(date, 'yyyy-MM-dd', new Date(2000, 0, 1));
}

/**
 * The milestones due in the coming weeks on a time line: a row per action,
 * a point per milestone, from today to the last one shown.
 */
export function milestoneTimelineChart(
  milestones: readonly UpcomingMilestone[],
  today: string,
  horizonDays: number,
  words: Words,
  partnerNames: ReadonlyMap<string, string> = new Map(),
): ChartDefinition {
  const codes = [...new Set(milestones.map((m) => m.code))];
  const data: ChartDatum[] = milestones.map((milestone) => ({
    name: `${milestone.code} · ${milestone.title}`,
    value: [milestone.dueDate, milestone.code],
    link: actionLink(milestone.actionId),
  }));
  const day = dayOf(today).getTime();
  // Two days either side keep the first and last points whole.
  const start = format(day - 2 * DAY, 'yyyy-MM-dd');
  const end = format(day + (horizonDays + 2) * DAY, 'yyyy-MM-dd');
  const formatDay = (date: string) => formatCalendarDate(date, words.locale);
  const axisDay = new Intl.DateTimeFormat(words.locale, {
    day: 'numeric',
    month: 'short',
  });
  return {
    label: milestones.length
      ? words.translate('dashboard.charts.milestones.label', {
          milestones: countOf(
            words,
            'dashboard.charts.count.milestone',
            milestones.length,
          ),
          days: horizonDays,
          first: formatDay(milestones[0].dueDate),
        })
      : words.translate('dashboard.charts.milestones.none', {
          days: horizonDays,
        }),
    height: Math.max(140, codes.length * 26 + 60),
    option: {
      ...baseChartOption(),
      grid: { left: 8, right: 24, top: 12, bottom: 8 },
      tooltip: {
        ...TOOLTIP,
        trigger: 'item',
        formatter: (params: unknown) => {
          const { dataIndex } = params as { dataIndex: number };
          const m = milestones[dataIndex];
          const days = differenceInCalendarDays(dayOf(m.dueDate), dayOf(today));
          return `${words.translate('dashboard.charts.milestones.when', {
            date: formatDay(m.dueDate),
            days: countOf(words, 'dashboard.charts.count.day', days),
          })}<br/><b>${escapeHtml(m.title)}</b><br/>${m.code} ${escapeHtml(m.actionTitle)}`;
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
          formatter: (value: number) => axisDay.format(value),
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
          name: words.translate('dashboard.charts.milestones.series'),
          symbol: 'diamond',
          symbolSize: 14,
          cursor: 'pointer',
          itemStyle: { color: CHART_COLOURS.primary },
          data: data as never,
        },
      ],
    },
    table: {
      caption: words.translate('dashboard.charts.milestones.caption', {
        days: horizonDays,
      }),
      headers: [
        words.translate('dashboard.charts.headers.dueDate'),
        words.translate('dashboard.charts.headers.action'),
        words.translate('dashboard.charts.headers.milestone'),
        words.translate('dashboard.charts.headers.lead'),
      ],
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
