import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  inject,
  signal,
} from '@angular/core';
import { TranslocoDirective, provideTranslocoScope } from '@jsverse/transloco';
import { HttpProblem, describeHttpProblem } from '../../core/http/http-problem';
import { saveFile } from '../../reports/reports-api';
import { AdministrationApi } from '../administration/administration-api';
import { ProblemAlert } from '../administration/problem-alert';

/** Downloads the whole plan in the import template's format; anyone signed in may. */
@Component({
  selector: 'app-plan-export-button',
  imports: [TranslocoDirective, ProblemAlert],
  providers: [provideTranslocoScope('administration')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div *transloco="let t; prefix: 'administration.export'">
      <button
        type="button"
        class="button button--secondary"
        [disabled]="busy()"
        (click)="download()"
      >
        {{ busy() ? t('running') : t('button') }}
      </button>
      @if (failure(); as failure) {
        <app-problem-alert [problem]="failure" />
      }
    </div>
  `,
})
export class PlanExportButton {
  private readonly api = inject(AdministrationApi);
  private readonly document = inject(DOCUMENT);

  protected readonly busy = signal(false);
  protected readonly failure = signal<HttpProblem | null>(null);

  protected download(): void {
    this.busy.set(true);
    this.failure.set(null);
    this.api.download('plan').subscribe({
      next: (file) => {
        saveFile(file, this.document);
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.failure.set(describeHttpProblem(error));
      },
    });
  }
}
