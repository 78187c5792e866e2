import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { requirePermission } from '../core/auth/auth.guards';
import { SessionDetail } from './session-detail/session-detail';
import { SessionForm } from './session-form/session-form';
import { SessionList } from './session-list/session-list';
import { SessionPrepare } from './session-prepare/session-prepare';

export const SESSIONS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('sessions')],
    children: [
      { path: '', title: 'sessions.list.title', component: SessionList },
      {
        path: 'new',
        title: 'sessions.form.newTitle',
        canActivate: [requirePermission('manage-sessions')],
        component: SessionForm,
      },
      {
        path: 'prepare',
        title: 'sessions.prepare.title',
        canActivate: [requirePermission('manage-sessions')],
        component: SessionPrepare,
      },
      { path: ':id', title: 'sessions.detail.title', component: SessionDetail },
      {
        path: ':id/edit',
        title: 'sessions.form.editTitle',
        canActivate: [requirePermission('manage-sessions')],
        component: SessionForm,
      },
    ],
  },
];
