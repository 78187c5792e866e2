import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { ACTION_STATUS_LABELS, ActionStatus } from '@ws/domain';

@Component({
  selector: 'app-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="status status--{{ status() }}">{{ label() }}</span>`,
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

  protected readonly label = computed(
    () => ACTION_STATUS_LABELS[this.status()],
  );
}
