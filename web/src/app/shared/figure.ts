import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguagePreference } from '../core/i18n/language-preference';

const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

/** A whole number or decimal in the reader's locale, e.g. "12 500" in French. */
export function formatFigure(value: number, locale: string): string {
  let format = NUMBER_FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    NUMBER_FORMATS.set(locale, format);
  }
  return format.format(value);
}

// A figure from the concept note. Unknown figures are shown as a dash with an
// explanation, never as 0 (Annex 1 leaves some partners out).
@Component({
  selector: 'app-figure',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (formatted(); as text) {
      {{ text }}
    } @else {
      <ng-container *transloco="let t">
        <span
          class="figure-missing"
          [attr.title]="missingReason() ?? t('format.notGivenInConceptNote')"
          ><span aria-hidden="true">—</span
          ><span class="visually-hidden">{{ t('format.notGiven') }}</span></span
        >
      </ng-container>
    }
  `,
})
export class Figure {
  private readonly locale = inject(LanguagePreference).locale;

  readonly value = input.required<number | null>();
  /** Why the figure is missing; the concept note by default */
  readonly missingReason = input<string | null>(null);

  protected readonly formatted = computed(() => {
    const value = this.value();
    return value === null ? null : formatFigure(value, this.locale());
  });
}
