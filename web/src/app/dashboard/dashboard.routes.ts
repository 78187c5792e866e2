import { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { DashboardPage } from './dashboard-page/dashboard-page';
import { echarts } from './echarts';

export const DASHBOARD_ROUTES: Routes = [
  {
    path: '',
    title: 'Dashboard',
    component: DashboardPage,
    providers: [provideEchartsCore({ echarts })],
  },
];
