import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { PartnerList } from './partner-list/partner-list';
import { PartnerPage } from './partner-page/partner-page';
import { partnerTitle } from './partner-title';

export const PARTNERS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('partnership')],
    children: [
      {
        path: '',
        title: 'partnership.titles.partners',
        component: PartnerList,
      },
      { path: ':slug', title: partnerTitle, component: PartnerPage },
    ],
  },
];
