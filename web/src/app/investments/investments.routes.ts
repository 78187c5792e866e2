import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { provideEchartsCore } from 'ngx-echarts';
import { requirePermission } from '../core/auth/auth.guards';
import { echarts } from './echarts';
import { InvestmentBoard } from './investment-board/investment-board';
import { InvestmentDetail } from './investment-detail/investment-detail';
import { InvestmentForm } from './investment-form/investment-form';

export const INVESTMENTS_ROUTES: Routes = [
  {
    path: '',
    providers: [
      provideTranslocoScope('investments'),
      provideEchartsCore({ echarts }),
    ],
    children: [
      {
        path: '',
        title: 'investments.titles.board',
        component: InvestmentBoard,
      },
      {
        path: 'new',
        title: 'investments.titles.new',
        canActivate: [requirePermission('manage-investments')],
        component: InvestmentForm,
      },
      {
        path: ':id',
        title: 'investments.titles.proposal',
        component: InvestmentDetail,
      },
      {
        // Whether this user may edit this proposal is known once it is loaded.
        path: ':id/edit',
        title: 'investments.titles.edit',
        canActivate: [requirePermission('manage-investments')],
        component: InvestmentForm,
      },
    ],
  },
];
