import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { Session } from '../auth/session';

// Shown at the address of a page the signed-in role may not use (SPEC §4).
@Component({
  selector: 'app-no-access-page',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="no-access"
      aria-labelledby="no-access-title"
      *transloco="let t"
    >
      <p class="no-access__code" aria-hidden="true">403</p>
      <h1 id="no-access-title">{{ t('noAccess.heading') }}</h1>
      <p class="lead">
        @if (user(); as user) {
          {{ t('noAccess.yourRole', { role: t('role.' + user.role) }) }}
        }
        {{ t('noAccess.askCoordinator') }}
      </p>
      <ul class="no-access__links">
        <li>
          <a routerLink="/">{{ t('noAccess.toOverview') }}</a>
        </li>
        <li>
          <a routerLink="/account">{{ t('noAccess.toAccount') }}</a>
        </li>
      </ul>
    </section>
  `,
  styles: `
    .no-access {
      max-width: 40rem;
      margin: var(--space-6) auto;
      text-align: center;
    }
    .no-access__code {
      margin: 0;
      font-size: 3.5rem;
      font-weight: 700;
      line-height: 1;
      color: var(--color-danger);
      letter-spacing: 0.05em;
    }
    .no-access .lead {
      margin: 0 auto;
    }
    .no-access__links {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: var(--space-2) var(--space-5);
      padding: 0;
      list-style: none;
    }
  `,
})
export class NoAccessPage {
  protected readonly user = inject(Session).user;
}
