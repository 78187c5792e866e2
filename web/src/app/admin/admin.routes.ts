import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { requirePermission } from '../core/auth/auth.guards';
import { AccountDetails } from './account-details/account-details';
import { AccountList } from './account-list/account-list';
import { NewAccount } from './new-account/new-account';

// Guarded in app.routes.ts: only roles that may manage accounts get here.
export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    title: 'accounts.titles.list',
    providers: [provideTranslocoScope('accounts')],
    component: AccountList,
  },
  { path: 'accounts', pathMatch: 'full', redirectTo: '' },
  {
    path: 'accounts/new',
    title: 'accounts.titles.new',
    providers: [provideTranslocoScope('accounts')],
    component: NewAccount,
  },
  {
    path: 'accounts/:id',
    title: 'accounts.titles.account',
    providers: [provideTranslocoScope('accounts')],
    component: AccountDetails,
  },
  {
    path: '',
    providers: [provideTranslocoScope('administration')],
    canActivate: [requirePermission('manage-reference-data')],
    children: [
      {
        path: 'partners',
        title: 'administration.titles.partners',
        loadComponent: () =>
          import('./partners-admin/partners-admin').then(
            (m) => m.PartnersAdmin,
          ),
      },
      {
        path: 'regions',
        title: 'administration.titles.regions',
        loadComponent: () =>
          import('./regions-admin/regions-admin').then((m) => m.RegionsAdmin),
      },
      {
        path: 'streams',
        title: 'administration.titles.streams',
        loadComponent: () =>
          import('./streams-admin/streams-admin').then((m) => m.StreamsAdmin),
      },
      {
        path: 'settings',
        title: 'administration.titles.settings',
        loadComponent: () =>
          import('./settings-admin/settings-admin').then(
            (m) => m.SettingsAdmin,
          ),
      },
      {
        path: 'import',
        title: 'administration.titles.import',
        loadComponent: () =>
          import('./plan-import/plan-import').then((m) => m.PlanImport),
      },
    ],
  },
  {
    path: 'mail',
    title: 'notifications.mail.title',
    canActivate: [requirePermission('manage-mail')],
    providers: [provideTranslocoScope('notifications')],
    loadComponent: () =>
      import('../notifications/mail-admin/mail-admin').then((m) => m.MailAdmin),
  },
];
