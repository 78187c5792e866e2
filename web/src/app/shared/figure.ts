import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';

const NUMBER_FORMAT = new Intl.NumberFormat('en-GB');

export function formatFigure(value: number): string {
  return NUMBER_FORMAT.format(value);
}

// A figure from the concept note. Unknown figures are shown as a dash with an
// explanation, never as 0 (Annex 1 leaves some partners out).
@Component({
  selector: 'app-figure',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (formatted(); as text) {
      {{ text }}
    } @else {
      <span class="figure-missing" [attr.title]="missingReason()"
        ><span aria-hidden="true">—</span
        ><span class="visually-hidden">not given</span></span
      >
    }
  `,
})
export class Figure {
  readonly value = input.required<number | null>();
  readonly missingReason = input('Not given in the concept note');

  protected readonly formatted = computed(() => {
    const value = this.value();
    return value === null ? null : formatFigure(value);
  });
}
