import { Routes } from '@angular/router';
import { GovernancePanel } from './governance-panel/governance-panel';

export const GOVERNANCE_ROUTES: Routes = [
  { path: '', title: 'Governance', component: GovernancePanel },
];
