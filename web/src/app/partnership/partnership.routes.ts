import { Routes } from '@angular/router';
import { PartnershipOverview } from './partnership-overview/partnership-overview';

export const PARTNERSHIP_ROUTES: Routes = [
  { path: '', title: 'Partnership overview', component: PartnershipOverview },
];
