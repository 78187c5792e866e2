import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

@Component({
  selector: 'app-not-found',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section
      class="not-found"
      aria-labelledby="not-found-title"
      *transloco="let t; prefix: 'notFound'"
    >
      <p class="not-found__code" aria-hidden="true">404</p>
      <h1 id="not-found-title">{{ heading() ?? t('heading') }}</h1>
      <p class="lead">{{ message() ?? t('message') }}</p>
      <ul class="not-found__links">
        <li>
          <a routerLink="/">{{ t('toOverview') }}</a>
        </li>
        <li>
          <a routerLink="/partners">{{ t('toPartners') }}</a>
        </li>
      </ul>
    </section>
  `,
  styles: `
    .not-found {
      max-width: 40rem;
      margin: var(--space-6) auto;
      text-align: center;
    }
    .not-found__code {
      margin: 0;
      font-size: 3.5rem;
      font-weight: 700;
      line-height: 1;
      color: var(--color-primary);
      letter-spacing: 0.05em;
    }
    .not-found__links {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: var(--space-2) var(--space-5);
      padding: 0;
      list-style: none;
    }
  `,
})
export class NotFound {
  /** "Page not found" by default */
  readonly heading = input<string | null>(null);
  /** A general explanation by default */
  readonly message = input<string | null>(null);
}
