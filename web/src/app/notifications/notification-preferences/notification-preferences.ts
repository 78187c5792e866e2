import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  MAIL_FREQUENCIES,
  MailFrequency,
  NotificationLanguage,
} from '@ws/domain';
import { LANGUAGES } from '../../core/i18n/languages';
import { describeHttpProblem } from '../../core/http/http-problem';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { NotificationsApi } from '../notifications-api';

// Which e-mails the signed-in user gets, how often, and in which language.
@Component({
  selector: 'app-notification-preferences',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    ErrorState,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-preferences.html',
  styleUrl: './notification-preferences.css',
})
export class NotificationPreferencesPage {
  private readonly api = inject(NotificationsApi);

  protected readonly frequencies = MAIL_FREQUENCIES;
  protected readonly languages = LANGUAGES;

  protected readonly saved = rxResource({
    stream: () => this.api.preferences(),
  });

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: [true],
    weeklyDigest: [true],
    commentsAndDecisions: ['immediate' as MailFrequency],
    language: ['en' as NotificationLanguage],
  });

  protected readonly saving = signal(false);
  protected readonly done = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    effect(() => {
      if (this.saved.hasValue()) this.form.setValue(this.saved.value());
    });
    this.form.valueChanges.subscribe(() => this.done.set(false));
  }

  protected save(): void {
    this.saving.set(true);
    this.failure.set(null);
    this.done.set(false);
    this.api.savePreferences(this.form.getRawValue()).subscribe({
      next: (preferences) => {
        this.form.setValue(preferences, { emitEvent: false });
        this.saving.set(false);
        this.done.set(true);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.failure.set(describeHttpProblem(error).message);
      },
    });
  }
}
