// Only the parts of ECharts the dashboard draws with, so the rest stays out
// of the bundle; SVG draws crisp text at any zoom and prints well.
import { BarChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  PieChart,
  ScatterChart,
  AriaComponent,
  GridComponent,
  TooltipComponent,
  SVGRenderer,
]);

export { echarts };
