import { Routes } from '@angular/router';
import { FundingInstruments } from './funding-instruments/funding-instruments';

export const FUNDING_ROUTES: Routes = [
  { path: '', title: 'Funding instruments', component: FundingInstruments },
];
