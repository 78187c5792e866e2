import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { Permission, ROLE_LABELS, can } from '@ws/domain';
import { catchError, map, of, switchMap } from 'rxjs';
import { Session } from '../auth/session';
import { ReferenceDataApi } from '../reference-data/reference-data-api';

interface NavItem {
  path: string;
  label: string;
  exact: boolean;
  /** Items a role cannot use are not shown (SPEC §4). */
  permission: Permission;
}

const NAV_ITEMS: readonly NavItem[] = [
  {
    path: '/dashboard',
    label: 'Dashboard',
    exact: false,
    permission: 'read',
  },
  { path: '/', label: 'Partnership', exact: true, permission: 'read' },
  { path: '/actions', label: 'Actions', exact: false, permission: 'read' },
  {
    path: '/governance',
    label: 'Governance',
    exact: false,
    permission: 'read',
  },
  { path: '/reports', label: 'Reports', exact: false, permission: 'read' },
  { path: '/partners', label: 'Partners', exact: false, permission: 'read' },
  {
    path: '/funding-instruments',
    label: 'Funding',
    exact: false,
    permission: 'read',
  },
  {
    path: '/admin',
    label: 'Admin',
    exact: false,
    permission: 'manage-accounts',
  },
];

const PARTNERSHIP_NAME = '4 Motors 4 Industry of the Future';

@Component({
  selector: 'app-site-header',
  imports: [RouterLink, RouterLinkActive],
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

  protected readonly userRole = computed(() => {
    const user = this.user();
    if (!user) return null;
    const role = ROLE_LABELS[user.role];
    return user.partnerName ? `${role}, ${user.partnerName}` : role;
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
