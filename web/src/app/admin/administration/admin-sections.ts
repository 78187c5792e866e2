import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoDirective, provideTranslocoScope } from '@jsverse/transloco';

/** The coordinator's administration pages, one link each. */
@Component({
  selector: 'app-admin-sections',
  imports: [RouterLink, RouterLinkActive, TranslocoDirective],
  // Also shown on the accounts pages, which do not load this scope themselves.
  providers: [provideTranslocoScope('administration')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav
      class="admin-sections"
      *transloco="let t; prefix: 'administration.sections'"
      [attr.aria-label]="t('label')"
    >
      <ul>
        @for (section of sections; track section.path) {
          <li>
            <a
              [routerLink]="section.path"
              routerLinkActive="admin-sections__current"
              [routerLinkActiveOptions]="{ exact: true }"
              ariaCurrentWhenActive="page"
              >{{ t(section.key) }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    .admin-sections ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      list-style: none;
      margin: 0 0 1.5rem;
      padding: 0 0 0.5rem;
      border-bottom: 1px solid var(--color-border, #d0d5dd);
    }
    .admin-sections a {
      display: inline-block;
      padding: 0.35rem 0;
    }
    .admin-sections__current {
      font-weight: 600;
      text-decoration: none;
      border-bottom: 3px solid currentColor;
    }
  `,
})
export class AdminSections {
  protected readonly sections = [
    { path: '/admin', key: 'accounts' },
    { path: '/admin/partners', key: 'partners' },
    { path: '/admin/regions', key: 'regions' },
    { path: '/admin/streams', key: 'streams' },
    { path: '/admin/settings', key: 'settings' },
    { path: '/admin/import', key: 'import' },
  ] as const;
}
