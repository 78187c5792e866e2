import * as echarts from 'echarts';

/** Renders an ECharts option to an SVG string on the server (no DOM). */
export function renderChartSvg(
  option: echarts.EChartsCoreOption,
  size: { width: number; height: number },
): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    ...size,
  });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    // An undisposed chart keeps timers alive and the process never exits.
    chart.dispose();
  }
}
