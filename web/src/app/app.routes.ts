import { Route } from '@angular/router';
import { redirectWhenSignedIn, requireSignIn } from './core/auth/auth.guards';

export const appRoutes: Route[] = [
  {
    path: 'sign-in',
    title: 'Sign in',
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
        path: '**',
        title: 'Page not found',
        loadComponent: () =>
          import('./core/not-found/not-found-page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
