import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { catchError, map, of } from 'rxjs';
import { ReferenceDataApi } from '../reference-data/reference-data-api';

interface NavItem {
  path: string;
  label: string;
  exact: boolean;
}

@Component({
  selector: 'app-site-header',
  imports: [RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './site-header.html',
  styleUrl: './site-header.css',
})
export class SiteHeader {
  private readonly referenceData = inject(ReferenceDataApi);

  protected readonly navItems: readonly NavItem[] = [
    { path: '/', label: 'Partnership', exact: true },
    { path: '/partners', label: 'Partners', exact: false },
    { path: '/funding-instruments', label: 'Funding', exact: false },
  ];

  // The header stays usable when the API is down; pages show the error.
  protected readonly partnershipName = toSignal(
    this.referenceData.partnership().pipe(
      map((partnership) => partnership.name),
      catchError(() => of('4 Motors 4 Industry of the Future')),
    ),
  );
}
