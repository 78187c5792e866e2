import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { PartnerView, UserView } from '@ws/domain';
import { catchError, of } from 'rxjs';
import { Session } from '../../core/auth/session';
import { isNotFound } from '../../core/http/http-problem';
import { NotFound } from '../../core/not-found/not-found';
import { ReferenceDataApi } from '../../core/reference-data/reference-data-api';
import { DateTime } from '../../shared/date-time';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { AccountAccess } from '../account-access/account-access';
import { AccountEditForm } from '../account-edit-form/account-edit-form';
import { AccountsApi } from '../accounts-api';
import { PasswordReset } from '../password-reset/password-reset';
import { TranslocoDirective } from '@jsverse/transloco';

function accountId(param: string): number | undefined {
  const id = Number(param);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

@Component({
  selector: 'app-account-details',
  imports: [
    RouterLink,
    AccountAccess,
    AccountEditForm,
    DateTime,
    ErrorState,
    LoadingIndicator,
    NotFound,
    PasswordReset,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-details.html',
  styleUrl: './account-details.css',
})
export class AccountDetails {
  private readonly accountsApi = inject(AccountsApi);
  private readonly session = inject(Session);

  /** Route parameter `/admin/accounts/:id` */
  readonly id = input.required<string>();

  // Set by the new-account page after it created this account.
  protected readonly justCreated = signal(
    inject(Router).currentNavigation()?.extras.state?.['created'] === true,
  );

  protected readonly data = rxResource({
    // No request for an address that cannot name an account.
    params: () => accountId(this.id()),
    stream: ({ params: id }) => this.accountsApi.get(id),
  });

  protected readonly account = computed(() =>
    this.data.hasValue() ? this.data.value() : null,
  );

  protected readonly notFound = computed(
    () => accountId(this.id()) === undefined || isNotFound(this.data.error()),
  );

  protected readonly isSelf = computed(
    () => this.account()?.id === this.session.user()?.id,
  );

  protected readonly partners = toSignal(
    inject(ReferenceDataApi)
      .partners()
      .pipe(catchError(() => of<PartnerView[]>([]))),
    { initialValue: [] },
  );

  protected showAccount(account: UserView): void {
    this.justCreated.set(false);
    this.data.set(account);
    // Your own new name shows in the header at once.
    this.session.refreshUser(account);
  }
}
