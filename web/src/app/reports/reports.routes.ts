import { Routes } from '@angular/router';
import { ReportPage } from './report-page/report-page';

export const REPORTS_ROUTES: Routes = [
  { path: '', title: 'Reports', component: ReportPage },
];
