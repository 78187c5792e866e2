import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  SecurityContext,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { DomSanitizer } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  DecisionView,
  PhaseKey,
  StreamNumber,
  brusselsDate,
  can,
} from '@ws/domain';
import { Session } from '../../core/auth/session';
import { describeHttpProblem, isNotFound } from '../../core/http/http-problem';
import { NotFound } from '../../core/not-found/not-found';
import { ReferenceDataApi } from '../../core/reference-data/reference-data-api';
import { saveFile } from '../../reports/reports-api';
import { CalendarDate } from '../../shared/calendar-date';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { DateTime } from '../../shared/date-time';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { StatusBadge } from '../../shared/status-badge';
import { ChangesPanel } from '../changes-panel/changes-panel';
import { AgendaFormat, SessionsApi } from '../sessions-api';
import { minutesHtml, sessionState } from '../session-view-model';

export function sessionId(param: string): number | undefined {
  const id = Number(param);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

@Component({
  selector: 'app-session-detail',
  imports: [
    RouterLink,
    FormsModule,
    TranslocoDirective,
    CalendarDate,
    ChangesPanel,
    ConfirmDialog,
    DateTime,
    ErrorState,
    LoadingIndicator,
    NotFound,
    StatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-detail.html',
  styleUrl: './session-detail.css',
})
export class SessionDetail {
  private readonly api = inject(SessionsApi);
  private readonly referenceData = inject(ReferenceDataApi);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly document = inject(DOCUMENT);
  private readonly user = inject(Session).user;

  /** Route parameter `/sessions/:id` */
  readonly id = input.required<string>();

  protected readonly data = rxResource({
    params: () => sessionId(this.id()),
    stream: ({ params: id }) => this.api.get(id),
  });

  protected readonly session = computed(() =>
    this.data.hasValue() ? this.data.value() : null,
  );

  protected readonly changes = rxResource({
    params: () => {
      const session = this.session();
      return session?.closedAt ? session.id : undefined;
    },
    stream: ({ params: id }) => this.api.changes(id),
  });

  // The choices of the follow-up form; empty when they could not be loaded.
  private readonly streamData = rxResource({
    params: () => (this.canManage() ? true : undefined),
    stream: () => this.referenceData.streams(),
  });
  private readonly phaseData = rxResource({
    params: () => (this.canManage() ? true : undefined),
    stream: () => this.referenceData.phases(),
  });
  protected readonly streams = computed(() =>
    this.streamData.hasValue() ? this.streamData.value() : [],
  );
  protected readonly phases = computed(() =>
    this.phaseData.hasValue() ? this.phaseData.value() : [],
  );

  protected readonly notFound = computed(
    () => sessionId(this.id()) === undefined || isNotFound(this.data.error()),
  );

  protected readonly canManage = computed(() => {
    const user = this.user();
    return !!user && can(user, 'manage-sessions');
  });

  protected readonly state = computed(() => {
    const session = this.session();
    return session ? sessionState(session, brusselsDate(Date.now())) : null;
  });

  /** Safe HTML: Markdown rendered by marked, then Angular's sanitizer. */
  protected readonly minutes = computed(() =>
    minutesHtml(this.session()?.minutes ?? '', (html) =>
      this.sanitizer.sanitize(SecurityContext.HTML, html),
    ),
  );

  protected readonly editable = computed(
    () => this.canManage() && !this.session()?.closedAt,
  );

  protected readonly confirmingClose = signal(false);
  protected readonly closing = signal(false);
  protected readonly failure = signal<string | null>(null);

  /** The decision whose follow-up action is being created */
  protected readonly followingUp = signal<number | null>(null);
  protected readonly followUpStream = signal<StreamNumber>(1);
  protected readonly followUpPhase = signal<PhaseKey>('implementation');
  protected readonly followUpTitle = signal('');
  protected readonly creating = signal(false);

  close(): void {
    const session = this.session();
    if (!session) return;
    this.closing.set(true);
    this.failure.set(null);
    this.api.close(session.id).subscribe({
      next: (closed) => {
        this.data.set(closed);
        this.closing.set(false);
        this.confirmingClose.set(false);
      },
      error: (error) => {
        this.failure.set(describeHttpProblem(error).message);
        this.closing.set(false);
        this.confirmingClose.set(false);
      },
    });
  }

  startFollowUp(decision: DecisionView): void {
    this.followingUp.set(decision.id);
    this.followUpTitle.set(decision.text.split('\n')[0].slice(0, 200));
    this.failure.set(null);
  }

  createFollowUp(decision: DecisionView): void {
    const session = this.session();
    if (!session) return;
    this.creating.set(true);
    this.failure.set(null);
    const title = this.followUpTitle().trim();
    this.api
      .followUp(session.id, decision.id, {
        stream: Number(this.followUpStream()) as StreamNumber,
        phase: this.followUpPhase(),
        ...(title ? { title } : {}),
      })
      .subscribe({
        next: (updated) => {
          this.data.set(updated);
          this.creating.set(false);
          this.followingUp.set(null);
        },
        error: (error) => {
          this.failure.set(describeHttpProblem(error).message);
          this.creating.set(false);
        },
      });
  }

  download(format: AgendaFormat): void {
    const session = this.session();
    if (!session) return;
    this.failure.set(null);
    this.api.agenda(session.id, format).subscribe({
      next: (file) => saveFile(file, this.document),
      error: (error) => this.failure.set(describeHttpProblem(error).message),
    });
  }
}
