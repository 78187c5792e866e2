import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  signal,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { ECElementEvent } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { ChartDatum, ChartDefinition } from '../dashboard-charts';

// A chart with its text alternative: the drawing is one image with a short
// description, the same figures are a table (hidden until asked for, but
// always read by screen readers), and both lead to the actions behind them.
@Component({
  selector: 'app-dashboard-chart',
  imports: [NgxEchartsDirective, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-chart.html',
  styleUrl: './dashboard-chart.css',
})
export class DashboardChart {
  private readonly router = inject(Router);

  readonly chart = input.required<ChartDefinition>();

  protected readonly tableShown = signal(false);

  protected toggleTable(): void {
    this.tableShown.update((shown) => !shown);
  }

  protected openFigure(event: ECElementEvent): void {
    const link = (event.data as Partial<ChartDatum> | null)?.link;
    if (!link) return;
    void this.router.navigate([link.path], {
      queryParams: link.queryParams ?? {},
    });
  }
}
