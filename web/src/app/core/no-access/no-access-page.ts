import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS } from '@ws/domain';
import { Session } from '../auth/session';

// Shown at the address of a page the signed-in role may not use (SPEC §4).
@Component({
  selector: 'app-no-access-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="no-access" aria-labelledby="no-access-title">
      <p class="no-access__code" aria-hidden="true">403</p>
      <h1 id="no-access-title">You do not have access to this page</h1>
      <p class="lead">
        @if (roleLabel(); as role) {
          Your account ({{ role }}) may not use this page.
        }
        If you need it, ask the coordinator of the partnership.
      </p>
      <ul class="no-access__links">
        <li><a routerLink="/">Go to the partnership overview</a></li>
        <li><a routerLink="/account">See my account</a></li>
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
  private readonly session = inject(Session);

  protected readonly roleLabel = computed(() => {
    const user = this.session.user();
    return user ? ROLE_LABELS[user.role] : null;
  });
}
