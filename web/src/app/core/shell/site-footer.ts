import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoDirective } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import { HealthApi } from '../health/health-api';

@Component({
  selector: 'app-site-footer',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer class="site-footer" *transloco="let t">
      <div class="site-footer__inner">
        <p class="site-footer__name">
          <strong>4M4IoF Roadmap</strong> · 4 Motors 4 Industry of the Future
        </p>
        <p>{{ t('footer.tagline') }}</p>
        <p class="site-footer__version">
          @if (version(); as version) {
            {{ t('footer.version', { version }) }}
          }
        </p>
      </div>
    </footer>
  `,
  styles: `
    .site-footer {
      margin-top: var(--space-7);
      border-top: 1px solid var(--color-border);
      background: var(--color-surface);
      color: var(--color-muted);
      font-size: 0.875rem;
    }
    .site-footer__inner {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-1) var(--space-5);
      justify-content: space-between;
      max-width: var(--page-width);
      margin: 0 auto;
      padding: var(--space-4) var(--page-gutter);
    }
    .site-footer p {
      margin: 0;
    }
    .site-footer__name {
      color: var(--color-text);
    }
  `,
})
export class SiteFooter {
  private readonly healthApi = inject(HealthApi);

  protected readonly version = toSignal(
    this.healthApi.health().pipe(
      map((health) => health.version),
      catchError(() => of(null)),
    ),
  );
}
