import {
  CHART_COLOURS,
  INVESTMENT_STATUSES,
  InvestmentPipelineView,
  InvestmentStatus,
  baseChartOption,
  centsToEuros,
  formatEuros,
} from '@ws/domain';

export const INVESTMENT_STATUS_COLOURS: Record<InvestmentStatus, string> = {
  idea: '#8d99aa',
  business_plan: CHART_COLOURS.primary,
  submitted: CHART_COLOURS.amber,
  granted: CHART_COLOURS.accent,
  rejected: CHART_COLOURS.danger,
  withdrawn: '#c9d0da',
};

/** The chart's texts, in the reader's language. */
export interface PipelineChartWords {
  status: (status: InvestmentStatus) => string;
  locale: string;
}

/** The amounts per instrument, one bar each, stacked by status. */
export function pipelineChartOption(
  pipeline: InvestmentPipelineView,
  words: PipelineChartWords,
) {
  const instruments = [...pipeline.byInstrument].reverse();
  const euros = (cents: number) => formatEuros(cents, words.locale);
  return {
    ...baseChartOption(),
    // Colour is not the only signal: each status has its own pattern too.
    aria: { enabled: true, label: { enabled: false }, decal: { show: true } },
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: number) => euros(Math.round(value * 100)),
    },
    xAxis: {
      type: 'value',
      axisLabel: {
        formatter: (value: number) =>
          new Intl.NumberFormat(words.locale, {
            style: 'currency',
            currency: 'EUR',
            notation: 'compact',
          }).format(value),
      },
    },
    yAxis: {
      type: 'category',
      data: instruments.map((row) => row.name),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: INVESTMENT_STATUSES.map((status) => ({
      type: 'bar',
      name: words.status(status),
      stack: 'amount',
      itemStyle: { color: INVESTMENT_STATUS_COLOURS[status] },
      data: instruments.map((row) =>
        centsToEuros(
          row.byStatus.find((cell) => cell.status === status)?.amountCents ?? 0,
        ),
      ),
    })),
  };
}

/** Height that gives each instrument's bar room to read. */
export function pipelineChartHeight(pipeline: InvestmentPipelineView): number {
  return 80 + 36 * Math.max(pipeline.byInstrument.length, 1);
}
