import { Routes } from '@angular/router';
import { PartnerList } from './partner-list/partner-list';
import { PartnerPage } from './partner-page/partner-page';
import { partnerTitle } from './partner-title';

export const PARTNERS_ROUTES: Routes = [
  { path: '', title: 'Partners', component: PartnerList },
  { path: ':slug', title: partnerTitle, component: PartnerPage },
];
