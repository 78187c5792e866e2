import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { requirePermission } from '../core/auth/auth.guards';
import { ActionDetail } from './action-detail/action-detail';
import { ActionForm } from './action-form/action-form';
import { ActionList } from './action-list/action-list';

export const ACTIONS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('actions')],
    children: [
      { path: '', title: 'actions.titles.list', component: ActionList },
      {
        path: 'new',
        title: 'actions.titles.new',
        canActivate: [requirePermission('manage-actions')],
        component: ActionForm,
      },
      // The page names itself after the action once it is loaded.
      { path: ':id', title: 'actions.titles.action', component: ActionDetail },
      {
        // Whether this user may edit this action is known once it is loaded.
        path: ':id/edit',
        title: 'actions.titles.edit',
        canActivate: [requirePermission('update-action')],
        component: ActionForm,
      },
    ],
  },
];
