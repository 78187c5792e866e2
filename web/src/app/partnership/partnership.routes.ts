import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { PartnershipOverview } from './partnership-overview/partnership-overview';

export const PARTNERSHIP_ROUTES: Routes = [
  {
    path: '',
    title: 'partnership.titles.overview',
    providers: [provideTranslocoScope('partnership')],
    component: PartnershipOverview,
  },
];
