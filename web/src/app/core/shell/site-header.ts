import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { ROLE_LABELS } from '@ws/domain';
import { catchError, map, of, switchMap } from 'rxjs';
import { Session } from '../auth/session';
import { ReferenceDataApi } from '../reference-data/reference-data-api';

interface NavItem {
  path: string;
  label: string;
  exact: boolean;
}

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

  protected readonly navItems: readonly NavItem[] = [
    { path: '/', label: 'Partnership', exact: true },
    { path: '/partners', label: 'Partners', exact: false },
    { path: '/funding-instruments', label: 'Funding', exact: false },
  ];

  protected readonly user = this.session.user;

  protected readonly userRole = computed(() => {
    const user = this.user();
    if (!user) return null;
    const role = ROLE_LABELS[user.role];
    return user.partnerName ? `${role}, ${user.partnerName}` : role;
  });

  // Read once signed in; the header stays usable when the API is down.
  protected readonly partnershipName = toSignal(
    toObservable(this.user).pipe(
      switchMap((user) =>
        user
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
