import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { GovernancePanel } from './governance-panel/governance-panel';

export const GOVERNANCE_ROUTES: Routes = [
  {
    path: '',
    title: 'governance.title',
    providers: [provideTranslocoScope('governance')],
    component: GovernancePanel,
  },
];
