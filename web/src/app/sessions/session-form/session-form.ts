import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  SessionAttendeeInput,
  WorkingSessionInput,
  WorkingSessionView,
} from '@ws/domain';
import { explainFormProblem } from '../../core/http/form-problem';
import { isNotFound } from '../../core/http/http-problem';
import { NotFound } from '../../core/not-found/not-found';
import { ReferenceDataApi } from '../../core/reference-data/reference-data-api';
import { AccountsApi } from '../../admin/accounts-api';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { sessionId } from '../session-detail/session-detail';
import { SessionsApi } from '../sessions-api';
import {
  DecisionDraft,
  agendaLines,
  decisionInputs,
} from '../session-view-model';

/** Not invited, or invited and present or absent */
export type Presence = '' | 'present' | 'absent';

const FIELDS = ['date', 'place', 'link', 'agenda', 'minutes'] as const;
type Field = (typeof FIELDS)[number];

const emptyDecision = (): DecisionDraft => ({
  id: null,
  text: '',
  owner: '',
  dueDate: '',
  actionId: null,
});

/** The attendees of the form as the API's body. */
export function attendeeInputs(
  users: ReadonlyMap<number, Presence>,
  partners: ReadonlyMap<string, Presence>,
): SessionAttendeeInput[] {
  return [
    ...[...users].flatMap(([user, presence]) =>
      presence ? [{ user, present: presence === 'present' }] : [],
    ),
    ...[...partners].flatMap(([partner, presence]) =>
      presence ? [{ partner, present: presence === 'present' }] : [],
    ),
  ];
}

@Component({
  selector: 'app-session-form',
  imports: [
    FormsModule,
    RouterLink,
    TranslocoDirective,
    ErrorState,
    LoadingIndicator,
    NotFound,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-form.html',
  styleUrl: './session-form.css',
})
export class SessionForm {
  private readonly api = inject(SessionsApi);
  private readonly referenceData = inject(ReferenceDataApi);
  private readonly accounts = inject(AccountsApi);
  private readonly router = inject(Router);

  /** Route parameter `/sessions/:id/edit`; absent for a new session */
  readonly id = input<string | undefined>();

  protected readonly editing = computed(() => this.id() !== undefined);

  protected readonly data = rxResource({
    params: () => {
      const id = this.id();
      return id === undefined ? undefined : sessionId(id);
    },
    stream: ({ params: id }) => this.api.get(id),
  });

  private readonly partnerData = rxResource({
    stream: () => this.referenceData.partners(),
  });
  protected readonly partners = computed(() =>
    this.partnerData.hasValue() ? this.partnerData.value() : [],
  );

  protected readonly users = rxResource({
    stream: () => this.accounts.list({ active: true, page: 1, pageSize: 200 }),
  });

  protected readonly notFound = computed(() => {
    const id = this.id();
    return (
      (id !== undefined && sessionId(id) === undefined) ||
      isNotFound(this.data.error())
    );
  });

  protected readonly date = signal('');
  protected readonly place = signal('');
  protected readonly link = signal('');
  protected readonly agenda = signal('');
  protected readonly minutes = signal('');
  protected readonly decisions = signal<DecisionDraft[]>([emptyDecision()]);
  protected readonly userPresence = signal(new Map<number, Presence>());
  protected readonly partnerPresence = signal(new Map<string, Presence>());

  protected readonly activePartners = computed(() =>
    this.partners().filter((p) => !p.retired),
  );

  protected readonly saving = signal(false);
  protected readonly problem = signal<{
    fields: Partial<Record<Field, string[]>>;
    message: string;
  } | null>(null);

  constructor() {
    // Fills the form once the session is loaded.
    effect(() => {
      if (!this.data.hasValue()) return;
      const session = this.data.value();
      untracked(() => this.fill(session));
    });
  }

  private fill(session: WorkingSessionView): void {
    this.date.set(session.date);
    this.place.set(session.place ?? '');
    this.link.set(session.link ?? '');
    this.agenda.set(session.agenda.join('\n'));
    this.minutes.set(session.minutes);
    this.decisions.set(
      session.decisions.map((d) => ({
        id: d.id,
        text: d.text,
        owner: d.owner,
        dueDate: d.dueDate,
        actionId: d.action?.id ?? null,
      })),
    );
    const presence = (present: boolean): Presence =>
      present ? 'present' : 'absent';
    this.userPresence.set(
      new Map(
        session.attendees.flatMap((a) =>
          a.user !== null ? [[a.user, presence(a.present)] as const] : [],
        ),
      ),
    );
    this.partnerPresence.set(
      new Map(
        session.attendees.flatMap((a) =>
          a.user === null && a.partner
            ? [[a.partner, presence(a.present)] as const]
            : [],
        ),
      ),
    );
  }

  protected setUserPresence(user: number, presence: Presence): void {
    this.userPresence.update((map) => new Map(map).set(user, presence));
  }

  protected setPartnerPresence(partner: string, presence: Presence): void {
    this.partnerPresence.update((map) => new Map(map).set(partner, presence));
  }

  protected updateDecision(
    index: number,
    changes: Partial<DecisionDraft>,
  ): void {
    this.decisions.update((list) =>
      list.map((d, i) => (i === index ? { ...d, ...changes } : d)),
    );
  }

  protected addDecision(): void {
    this.decisions.update((list) => [...list, emptyDecision()]);
  }

  protected removeDecision(index: number): void {
    this.decisions.update((list) => list.filter((_, i) => i !== index));
  }

  protected save(): void {
    const body: WorkingSessionInput = {
      date: this.date(),
      place: this.place().trim() || null,
      link: this.link().trim() || null,
      attendees: attendeeInputs(this.userPresence(), this.partnerPresence()),
      agenda: agendaLines(this.agenda()),
      decisions: decisionInputs(this.decisions()),
      minutes: this.minutes(),
    };
    const existing = this.data.hasValue() ? this.data.value() : null;
    this.saving.set(true);
    this.problem.set(null);
    (existing
      ? this.api.update(existing.id, body)
      : this.api.create(body)
    ).subscribe({
      next: (saved) => {
        this.saving.set(false);
        void this.router.navigate(['/sessions', saved.id]);
      },
      error: (error) => {
        this.saving.set(false);
        this.problem.set(explainFormProblem(error, FIELDS));
      },
    });
  }
}
