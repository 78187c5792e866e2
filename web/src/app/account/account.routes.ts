import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { MyAccount } from './my-account/my-account';

export const ACCOUNT_ROUTES: Routes = [
  {
    path: '',
    title: 'account.title',
    providers: [provideTranslocoScope('account')],
    component: MyAccount,
  },
  {
    path: 'notifications',
    title: 'notifications.preferences.title',
    providers: [provideTranslocoScope('notifications')],
    loadComponent: () =>
      import(
        '../notifications/notification-preferences/notification-preferences'
      ).then((m) => m.NotificationPreferencesPage),
  },
];
