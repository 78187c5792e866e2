import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguagePreference } from './language-preference';
import { LANGUAGES, isLanguage } from './languages';

@Component({
  selector: 'app-language-picker',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <label class="language-picker">
        <span class="language-picker__label">{{ t('language.label') }}</span>
        <select
          class="language-picker__select"
          [value]="preference.language()"
          (change)="choose($event)"
        >
          @for (language of languages; track language.code) {
            <option
              [value]="language.code"
              [attr.lang]="language.code"
              [selected]="language.code === preference.language()"
            >
              {{ language.name }}
            </option>
          }
        </select>
      </label>
    </ng-container>
  `,
  styles: `
    .language-picker {
      display: inline-flex;
      align-items: center;
      gap: var(--space-2);
      font-size: 0.875rem;
    }
    .language-picker__select {
      padding: 0.25rem 0.5rem;
      font: inherit;
    }
  `,
})
export class LanguagePicker {
  protected readonly preference = inject(LanguagePreference);
  protected readonly languages = LANGUAGES;

  protected choose(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isLanguage(value)) this.preference.use(value);
  }
}
