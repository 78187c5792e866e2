import { Routes } from '@angular/router';
import { AccountDetails } from './account-details/account-details';
import { AccountList } from './account-list/account-list';
import { NewAccount } from './new-account/new-account';

// Guarded in app.routes.ts: only roles that may manage accounts get here.
export const ADMIN_ROUTES: Routes = [
  { path: '', title: 'Accounts', component: AccountList },
  { path: 'accounts', pathMatch: 'full', redirectTo: '' },
  { path: 'accounts/new', title: 'New account', component: NewAccount },
  { path: 'accounts/:id', title: 'Account', component: AccountDetails },
];
