import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEchartsCore } from 'ngx-echarts';
import { DashboardPage } from './dashboard-page/dashboard-page';
import { echarts } from './echarts';

export const DASHBOARD_ROUTES: Routes = [
  {
    path: '',
    title: 'dashboard.title',
    component: DashboardPage,
    providers: [
      provideEchartsCore({ echarts }),
      provideTranslocoScope('dashboard'),
    ],
  },
];
