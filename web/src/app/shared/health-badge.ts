import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { HEALTH_SYMBOLS, Health } from '@ws/domain';

// The colour is doubled by a shape and a word, for those who cannot tell
// amber from green (WCAG 1.4.1: not colour alone).

@Component({
  selector: 'app-health-badge',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span
      *transloco="let t"
      class="health health--{{ health() }}"
      [attr.title]="
        t('health.title', {
          label: t('health.' + health()),
          meaning: t('health.meaning.' + health()),
        })
      "
      ><span class="health__symbol" aria-hidden="true">{{ symbol() }}</span>
      {{ t('health.' + health()) }}</span
    >
  `,
  styles: `
    .health {
      display: inline-flex;
      align-items: center;
      gap: 0.3em;
      padding: 0.0625rem var(--space-2);
      border: 1px solid transparent;
      border-radius: 999px;
      font-size: 0.8125rem;
      font-weight: 600;
      line-height: 1.5;
      white-space: nowrap;
    }
    .health__symbol {
      font-size: 0.75em;
    }
    .health--green {
      border-color: #b5dcd4;
      background: var(--color-accent-soft);
      color: #075a4e;
    }
    .health--amber {
      border-color: #f0cf8e;
      background: #fdf3dd;
      color: #7a4d00;
    }
    .health--red {
      border-color: #efc3bd;
      background: var(--color-danger-soft);
      color: var(--color-danger);
    }
  `,
})
export class HealthBadge {
  readonly health = input.required<Health>();

  protected readonly symbol = computed(() => HEALTH_SYMBOLS[this.health()]);
}
