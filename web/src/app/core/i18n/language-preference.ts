import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { Language, initialLanguage, isLanguage, localeOf } from './languages';

const STORAGE_KEY = '4m4iof.language';

/**
 * The language of the interface: chosen in the header, remembered in this
 * browser, and followed by the translations, `<html lang>` and the
 * formatting of dates and numbers (`locale`).
 */
@Injectable({ providedIn: 'root' })
export class LanguagePreference {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  private readonly current = signal<Language>(
    this.asLanguage(this.transloco.getActiveLang()),
  );

  readonly language = this.current.asReadonly();
  /** BCP 47 locale for Intl, e.g. "fr-FR" */
  readonly locale = computed(() => localeOf(this.current()));

  /** Picks the starting language and waits for its root translations. */
  async start(): Promise<void> {
    const window = this.document.defaultView;
    const language = initialLanguage(
      this.remembered(),
      window?.navigator.languages ?? [],
    );
    this.apply(language);
    await firstValueFrom(this.transloco.load(language));
  }

  use(language: Language): void {
    this.apply(language);
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Storage may be refused (private browsing); the choice lasts this visit.
    }
  }

  private apply(language: Language): void {
    this.transloco.setActiveLang(language);
    this.current.set(language);
    this.document.documentElement.lang = language;
  }

  private remembered(): string | null {
    try {
      return (
        this.document.defaultView?.localStorage.getItem(STORAGE_KEY) ?? null
      );
    } catch {
      return null;
    }
  }

  private asLanguage(value: string): Language {
    return isLanguage(value) ? value : 'en';
  }
}
