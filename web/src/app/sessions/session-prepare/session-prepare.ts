import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { AgendaTopic } from '@ws/domain';
import { describeHttpProblem } from '../../core/http/http-problem';
import { saveFile } from '../../reports/reports-api';
import { CalendarDate } from '../../shared/calendar-date';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { ChangesPanel } from '../changes-panel/changes-panel';
import { AgendaFormat, SessionsApi } from '../sessions-api';
import { agendaWithTopics } from '../session-view-model';

// The coordinator's page before a working session: what needs discussion, added to
// the draft agenda in one go, and the agenda to send as PDF or Markdown.
@Component({
  selector: 'app-session-prepare',
  imports: [
    RouterLink,
    TranslocoDirective,
    CalendarDate,
    ChangesPanel,
    ErrorState,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-prepare.html',
  styleUrl: './session-prepare.css',
})
export class SessionPrepare {
  private readonly api = inject(SessionsApi);
  private readonly document = inject(DOCUMENT);

  protected readonly data = rxResource({
    stream: () => this.api.preparation(),
  });

  protected readonly preparation = computed(() =>
    this.data.hasValue() ? this.data.value() : null,
  );

  /** Topics not on the agenda yet, all chosen at first */
  protected readonly pending = computed(() => {
    const preparation = this.preparation();
    if (!preparation) return [];
    const agenda = preparation.session?.agenda ?? [];
    return preparation.topics.filter((topic) => !agenda.includes(topic.text));
  });

  protected readonly unchosen = signal(new Set<string>());
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);

  protected toggle(topic: AgendaTopic, chosen: boolean): void {
    this.unchosen.update((set) => {
      const next = new Set(set);
      if (chosen) next.delete(topic.text);
      else next.add(topic.text);
      return next;
    });
  }

  protected addToAgenda(): void {
    const preparation = this.preparation();
    const session = preparation?.session;
    if (!preparation || !session) return;
    const chosen = this.pending().filter((t) => !this.unchosen().has(t.text));
    this.saving.set(true);
    this.failure.set(null);
    this.api
      .update(session.id, { agenda: agendaWithTopics(session.agenda, chosen) })
      .subscribe({
        next: (updated) => {
          this.data.set({ ...preparation, session: updated });
          this.saving.set(false);
          this.notice.set(String(chosen.length));
        },
        error: (error) => {
          this.failure.set(describeHttpProblem(error).message);
          this.saving.set(false);
        },
      });
  }

  protected download(format: AgendaFormat): void {
    const session = this.preparation()?.session;
    if (!session) return;
    this.failure.set(null);
    this.api.agenda(session.id, format).subscribe({
      next: (file) => saveFile(file, this.document),
      error: (error) => this.failure.set(describeHttpProblem(error).message),
    });
  }
}
