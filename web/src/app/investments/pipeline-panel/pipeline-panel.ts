import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, provideTranslocoScope } from '@jsverse/transloco';
import { InvestmentPipelineView } from '@ws/domain';
import { CalendarDate } from '../../shared/calendar-date';
import { Euros } from '../euros';

export const PANEL_DEADLINES = 3;
export const PANEL_INSTRUMENTS = 5;

// The dashboard's summary of the investment pipeline: the totals, the amount in
// each status and the calls closing next, leading to the board.
@Component({
  selector: 'app-investment-pipeline-panel',
  imports: [RouterLink, TranslocoDirective, CalendarDate, Euros],
  providers: [provideTranslocoScope('investments')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pipeline-panel.html',
  styleUrl: './pipeline-panel.css',
})
export class PipelinePanel {
  readonly pipeline = input.required<InvestmentPipelineView>();

  protected readonly largest = computed(() =>
    Math.max(1, ...this.pipeline().byStatus.map((row) => row.amountCents)),
  );
  /** The instruments with the largest amounts: the API sorts them so. */
  protected readonly instruments = computed(() =>
    this.pipeline().byInstrument.slice(0, PANEL_INSTRUMENTS),
  );
  protected readonly deadlines = computed(() =>
    this.pipeline().upcomingDeadlines.slice(0, PANEL_DEADLINES),
  );
}
