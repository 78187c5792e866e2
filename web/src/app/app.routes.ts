import { Route } from '@angular/router';
import {
  redirectWhenSignedIn,
  requirePermission,
  requireSignIn,
} from './core/auth/auth.guards';

export const appRoutes: Route[] = [
  {
    path: 'sign-in',
    title: 'titles.signIn',
    canActivate: [redirectWhenSignedIn],
    loadComponent: () =>
      import('./core/auth/sign-in/sign-in').then((m) => m.SignIn),
  },
  {
    path: '',
    canActivateChild: [requireSignIn],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadChildren: () =>
          import('./partnership/partnership.routes').then(
            (m) => m.PARTNERSHIP_ROUTES,
          ),
      },
      {
        path: 'dashboard',
        loadChildren: () =>
          import('./dashboard/dashboard.routes').then(
            (m) => m.DASHBOARD_ROUTES,
          ),
      },
      {
        path: 'actions',
        loadChildren: () =>
          import('./actions/actions.routes').then((m) => m.ACTIONS_ROUTES),
      },
      {
        path: 'governance',
        loadChildren: () =>
          import('./governance/governance.routes').then(
            (m) => m.GOVERNANCE_ROUTES,
          ),
      },
      {
        path: 'reports',
        loadChildren: () =>
          import('./reports/reports.routes').then((m) => m.REPORTS_ROUTES),
      },
      {
        path: 'sessions',
        loadChildren: () =>
          import('./sessions/sessions.routes').then((m) => m.SESSIONS_ROUTES),
      },
      {
        path: 'investments',
        loadChildren: () =>
          import('./investments/investments.routes').then(
            (m) => m.INVESTMENTS_ROUTES,
          ),
      },
      {
        path: 'partners',
        loadChildren: () =>
          import('./partners/partners.routes').then((m) => m.PARTNERS_ROUTES),
      },
      {
        path: 'funding-instruments',
        loadChildren: () =>
          import('./funding/funding.routes').then((m) => m.FUNDING_ROUTES),
      },
      {
        path: 'notifications',
        loadChildren: () =>
          import('./notifications/notifications.routes').then(
            (m) => m.NOTIFICATIONS_ROUTES,
          ),
      },
      {
        path: 'account',
        loadChildren: () =>
          import('./account/account.routes').then((m) => m.ACCOUNT_ROUTES),
      },
      {
        path: 'admin',
        canActivate: [requirePermission('manage-accounts')],
        loadChildren: () =>
          import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES),
      },
      {
        path: 'no-access',
        title: 'titles.noAccess',
        loadComponent: () =>
          import('./core/no-access/no-access-page').then((m) => m.NoAccessPage),
      },
      {
        path: '**',
        title: 'titles.notFound',
        loadComponent: () =>
          import('./core/not-found/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
