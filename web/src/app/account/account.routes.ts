import { Routes } from '@angular/router';
import { MyAccount } from './my-account/my-account';

export const ACCOUNT_ROUTES: Routes = [
  { path: '', title: 'My account', component: MyAccount },
];
