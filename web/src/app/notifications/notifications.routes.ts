import { Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { NotificationList } from './notification-list/notification-list';

export const NOTIFICATIONS_ROUTES: Routes = [
  {
    path: '',
    title: 'notifications.list.title',
    component: NotificationList,
    providers: [provideTranslocoScope('notifications')],
  },
];
