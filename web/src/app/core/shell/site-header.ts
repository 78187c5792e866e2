import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { Permission, can } from '@ws/domain';
import { catchError, map, of, switchMap } from 'rxjs';
import { Session } from '../auth/session';
import { LanguagePicker } from '../i18n/language-picker';
import { NotificationBell } from '../../notifications/notification-bell/notification-bell';
import { ReferenceDataApi } from '../reference-data/reference-data-api';

interface NavItem {
  path: string;
  /** A key of the root translations, under `nav` */
  label: string;
  exact: boolean;
  /** Items a role cannot use are not shown (SPEC §4). */
  permission: Permission;
}

const NAV_ITEMS: readonly NavItem[] = [
  {
    path: '/dashboard',
    label: 'nav.dashboard',
    exact: false,
    permission: 'read',
  },
  { path: '/', label: 'nav.partnership', exact: true, permission: 'read' },
  { path: '/actions', label: 'nav.actions', exact: false, permission: 'read' },
  {
    path: '/governance',
    label: 'nav.governance',
    exact: false,
    permission: 'read',
  },
  { path: '/reports', label: 'nav.reports', exact: false, permission: 'read' },
  {
    path: '/sessions',
    label: 'nav.sessions',
    exact: false,
    permission: 'read',
  },
  {
    path: '/investments',
    label: 'nav.investments',
    exact: false,
    permission: 'read',
  },
  { path: '/partners', label: 'nav.partners', exact: false, permission: 'read' },
  {
    path: '/funding-instruments',
    label: 'nav.funding',
    exact: false,
    permission: 'read',
  },
  {
    path: '/admin',
    label: 'nav.admin',
    exact: false,
    permission: 'manage-accounts',
  },
];

const PARTNERSHIP_NAME = '4 Motors 4 Industry of the Future';

@Component({
  selector: 'app-site-header',
  imports: [
    RouterLink,
    RouterLinkActive,
    TranslocoDirective,
    LanguagePicker,
    NotificationBell,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './site-header.html',
  styleUrl: './site-header.css',
})
export class SiteHeader {
  private readonly referenceData = inject(ReferenceDataApi);
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  protected readonly user = this.session.user;

  protected readonly navItems = computed(() => {
    const user = this.user();
    return user ? NAV_ITEMS.filter((item) => can(user, item.permission)) : [];
  });

  private readonly signedIn = computed(() => this.user() !== null);

  // Read once signed in (not again when the user's name changes); the header
  // stays usable when the API is down.
  protected readonly partnershipName = toSignal(
    toObservable(this.signedIn).pipe(
      switchMap((signedIn) =>
        signedIn
          ? this.referenceData.partnership().pipe(
              map((partnership) => partnership.name),
              catchError(() => of(PARTNERSHIP_NAME)),
            )
          : of(PARTNERSHIP_NAME),
      ),
    ),
    { initialValue: PARTNERSHIP_NAME },
  );

  protected signOut(): void {
    this.session.end();
    void this.router.navigate(['/sign-in'], {
      queryParams: { reason: 'signed-out' },
    });
  }
}
