import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import { describeHttpProblem } from '../core/http/http-problem';

@Component({
  selector: 'app-error-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="error-state" role="alert">
      <h2 class="error-state__title">{{ title() }}</h2>
      <p>{{ problem().message }}</p>
      <button type="button" class="button" (click)="retry.emit()">
        Try again
      </button>
    </div>
  `,
})
export class ErrorState {
  readonly error = input.required<unknown>();
  readonly title = input('The data could not be loaded');
  readonly retry = output<void>();

  protected readonly problem = computed(() =>
    describeHttpProblem(this.error()),
  );
}
