import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

@Component({
  selector: 'app-loading-indicator',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="loading" role="status" *transloco="let t">
      <span class="loading__spinner" aria-hidden="true"></span>
      {{ label() ?? t('loading.label') }}
    </p>
  `,
})
export class LoadingIndicator {
  /** "Loading…" by default */
  readonly label = input<string | null>(null);
}
