import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { describeHttpProblem } from '../core/http/http-problem';

@Component({
  selector: 'app-error-state',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="error-state" role="alert" *transloco="let t">
      <h2 class="error-state__title">{{ title() ?? t('error.title') }}</h2>
      <p>
        @if (problem().key; as key) {
          {{ t('error.' + key, { status: problem().status }) }}
        } @else {
          {{ problem().message }}
        }
      </p>
      <button type="button" class="button" (click)="retry.emit()">
        {{ t('error.retry') }}
      </button>
    </div>
  `,
})
export class ErrorState {
  readonly error = input.required<unknown>();
  /** "The data could not be loaded" by default */
  readonly title = input<string | null>(null);
  readonly retry = output<void>();

  protected readonly problem = computed(() =>
    describeHttpProblem(this.error()),
  );
}
