import { Routes } from '@angular/router';
import { requirePermission } from '../core/auth/auth.guards';
import { ActionDetail } from './action-detail/action-detail';
import { ActionForm } from './action-form/action-form';
import { ActionList } from './action-list/action-list';

export const ACTIONS_ROUTES: Routes = [
  { path: '', title: 'Actions', component: ActionList },
  {
    path: 'new',
    title: 'New action',
    canActivate: [requirePermission('manage-actions')],
    component: ActionForm,
  },
  // The page names itself after the action once it is loaded.
  { path: ':id', title: 'Action', component: ActionDetail },
  {
    // Whether this user may edit this action is known once it is loaded.
    path: ':id/edit',
    title: 'Edit action',
    canActivate: [requirePermission('update-action')],
    component: ActionForm,
  },
];
