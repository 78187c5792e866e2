import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { DateTime } from '../../shared/date-time';
import { HeadlineFigure, PhaseStatus } from '../dashboard-view';

// The figures the steering committee reads first; each opens its actions.
@Component({
  selector: 'app-headline-figures',
  imports: [DateTime, RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './headline-figures.html',
  styleUrl: './headline-figures.css',
})
export class HeadlineFigures {
  readonly figures = input.required<readonly HeadlineFigure[]>();
  readonly phase = input.required<PhaseStatus>();
}
