import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { HttpProblem } from '../../core/http/http-problem';

/** A failed request, said in the reader's language unless the server explained it. */
@Component({
  selector: 'app-problem-alert',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="form-alert" role="alert" *transloco="let t">
      @if (problem().key; as key) {
        {{ t('error.' + key, { status: problem().status }) }}
      } @else {
        {{ problem().message }}
      }
    </p>
  `,
})
export class ProblemAlert {
  readonly problem = input.required<HttpProblem>();
}
