import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PhaseView } from '@ws/domain';
import { TranslocoDirective } from '@jsverse/transloco';

@Component({
  selector: 'app-phase-timeline',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="phases" *transloco="let t; prefix: 'partnership.phase'">
      @for (phase of phases(); track phase.key) {
        <li
          class="phase"
          [class.phase--current]="phase.current"
          [attr.aria-current]="phase.current ? 'step' : null"
        >
          <div class="phase__head">
            <span class="phase__number" aria-hidden="true">{{
              phase.position
            }}</span>
            <h3 class="phase__name">
              <span class="visually-hidden">{{
                t('number', { position: phase.position })
              }}</span>
              {{ phase.name }}
            </h3>
            @if (phase.current) {
              <span class="badge badge--accent">{{ t('current') }}</span>
            }
          </div>
          <p class="phase__description">{{ phase.description }}</p>
        </li>
      }
    </ol>
  `,
  styleUrl: './phase-timeline.css',
})
export class PhaseTimeline {
  readonly phases = input.required<readonly PhaseView[]>();
}
