// The dashboard's ECharts parts, and the legend the pipeline's stacked bars need.
import { LegendComponent } from 'echarts/components';
import { echarts } from '../dashboard/echarts';

echarts.use([LegendComponent]);

export { echarts };
