import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { LanguagePreference } from '../core/i18n/language-preference';

const PERCENT_FORMATS = new Map<string, Intl.NumberFormat>();

/** 0–100 as a whole percentage in the reader's locale: "45%", "45 %". */
export function formatPercent(value: number, locale: string): string {
  let format = PERCENT_FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    PERCENT_FORMATS.set(locale, format);
  }
  return format.format(value / 100);
}

// A percentage as a bar and as a number; the number is what is read out.
@Component({
  selector: 'app-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="progress">
      <span class="progress__track" aria-hidden="true"
        ><span class="progress__bar" [style.width.%]="clamped()"></span
      ></span>
      <span class="progress__value">{{ formatted() }}</span>
      @if (label(); as label) {
        <span class="visually-hidden">{{ label }}</span>
      }
    </span>
  `,
  styles: `
    .progress {
      display: inline-flex;
      align-items: center;
      gap: var(--space-2);
      min-width: 7rem;
      width: 100%;
    }
    .progress__track {
      flex: 1;
      min-width: 3.5rem;
      height: 0.5rem;
      border-radius: 999px;
      background: var(--color-border);
      overflow: hidden;
    }
    .progress__bar {
      display: block;
      height: 100%;
      border-radius: inherit;
      background: var(--color-primary);
    }
    .progress__value {
      min-width: 2.75rem;
      text-align: right;
      font-variant-numeric: tabular-nums;
      font-size: 0.875rem;
    }
  `,
})
export class ProgressBar {
  private readonly locale = inject(LanguagePreference).locale;

  /** 0–100 */
  readonly value = input.required<number>();
  /** Read after the number by screen readers, e.g. "of the target" */
  readonly label = input<string | null>(null);

  protected readonly clamped = computed(() =>
    Math.round(Math.min(100, Math.max(0, this.value()))),
  );

  protected readonly formatted = computed(() =>
    formatPercent(this.clamped(), this.locale()),
  );
}
