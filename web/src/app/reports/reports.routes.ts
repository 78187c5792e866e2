import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { ReportPage } from './report-page/report-page';

export const REPORTS_ROUTES: Routes = [
  {
    path: '',
    title: 'reports.title',
    providers: [provideTranslocoScope('reports')],
    component: ReportPage,
  },
];
