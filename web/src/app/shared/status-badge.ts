import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { ActionStatus } from '@ws/domain';

@Component({
  selector: 'app-status-badge',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="status status--{{ status() }}" *transloco="let t">{{
    t('status.' + status())
  }}</span>`,
  styles: `
    .status {
      display: inline-block;
      padding: 0.0625rem var(--space-2);
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius);
      background: var(--color-surface);
      color: var(--color-text);
      font-size: 0.8125rem;
      font-weight: 600;
      line-height: 1.5;
      white-space: nowrap;
    }
    .status--in_progress {
      border-color: #b9cce6;
      background: var(--color-primary-soft);
      color: var(--color-primary-strong);
    }
    .status--on_hold {
      border-style: dashed;
    }
    .status--completed {
      border-color: transparent;
      background: var(--color-accent);
      color: #fff;
    }
    .status--cancelled {
      color: var(--color-muted);
      text-decoration: line-through;
    }
  `,
})
export class StatusBadge {
  readonly status = input.required<ActionStatus>();
}
