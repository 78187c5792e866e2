import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { FundingInstruments } from './funding-instruments/funding-instruments';

export const FUNDING_ROUTES: Routes = [
  {
    path: '',
    title: 'partnership.titles.funding',
    providers: [provideTranslocoScope('partnership')],
    component: FundingInstruments,
  },
];
