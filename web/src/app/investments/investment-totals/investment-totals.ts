import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { INVESTMENT_STATUSES, InvestmentPipelineView } from '@ws/domain';
import { NgxEchartsDirective } from 'ngx-echarts';
import { LanguagePreference } from '../../core/i18n/language-preference';
import { Euros } from '../euros';
import { pipelineChartHeight, pipelineChartOption } from './pipeline-chart';

// The pipeline's amounts per instrument and status: a stacked bar chart, and the
// same figures as a table for whoever would rather read (or cannot see) it.
@Component({
  selector: 'app-investment-totals',
  imports: [NgxEchartsDirective, TranslocoDirective, Euros],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './investment-totals.html',
  styleUrl: './investment-totals.css',
})
export class InvestmentTotals {
  private readonly transloco = inject(TranslocoService);
  private readonly preference = inject(LanguagePreference);

  readonly pipeline = input.required<InvestmentPipelineView>();

  protected readonly statuses = INVESTMENT_STATUSES;
  protected readonly tableShown = signal(false);

  protected readonly option = computed(() =>
    pipelineChartOption(this.pipeline(), {
      // Read again when the language changes: the locale is a dependency.
      locale: this.preference.locale(),
      status: (status) =>
        this.transloco.translate(`investments.status.${status}`),
    }),
  );
  protected readonly height = computed(() =>
    pipelineChartHeight(this.pipeline()),
  );

  protected amountOf(
    row: InvestmentPipelineView['byInstrument'][number],
    status: string,
  ): number {
    return (
      row.byStatus.find((cell) => cell.status === status)?.amountCents ?? 0
    );
  }
}
