import { ChangeDetectionStrategy, Component, input } from '@angular/core';

@Component({
  selector: 'app-loading-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="loading" role="status">
      <span class="loading__spinner" aria-hidden="true"></span>
      {{ label() }}
    </p>
  `,
})
export class LoadingIndicator {
  readonly label = input('Loading…');
}
