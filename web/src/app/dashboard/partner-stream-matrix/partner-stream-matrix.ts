import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { PartnerStreamMatrix as Matrix } from '../dashboard-view';

// SPEC §5: who leads what, as a heat map that is still a table: a cell is
// darker the more actions the partner leads in the stream, and says how many.
@Component({
  selector: 'app-partner-stream-matrix',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partner-stream-matrix.html',
  styleUrl: './partner-stream-matrix.css',
})
export class PartnerStreamMatrix {
  readonly matrix = input.required<Matrix>();
}
