import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { formatEuros } from '@ws/domain';
import { LanguagePreference } from '../core/i18n/language-preference';

// An amount kept in whole cents, written as euros in the reader's locale.
@Component({
  selector: 'app-euros',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ text() }}`,
  host: { class: 'euros' },
})
export class Euros {
  private readonly locale = inject(LanguagePreference).locale;

  readonly cents = input.required<number>();

  protected readonly text = computed(() =>
    formatEuros(this.cents(), this.locale()),
  );
}
