import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  GOVERNANCE_RULE_IDS,
  GovernanceRuleId,
  GovernanceRuleResult,
  PHASES,
  PhaseKey,
  can,
} from '@ws/domain';
import { TranslocoDirective } from '@jsverse/transloco';
import { forkJoin, map, of } from 'rxjs';
import { ActionsApi } from '../../actions/actions-api';
import { ActionReferencesStore } from '../../actions/action-references';
import { Session } from '../../core/auth/session';
import { HttpProblem, describeHttpProblem } from '../../core/http/http-problem';
import { ReferenceDataApi } from '../../core/reference-data/reference-data-api';
import { DateTime } from '../../shared/date-time';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { ErrorState } from '../../shared/error-state';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { GovernanceApi, PhaseGateRefusal } from '../governance-api';
import { RuleViolations } from '../rule-violations/rule-violations';

// SPEC §3: adopting the joint action plan (Preparation → Implementation) is
// refused while these rules fail; the same set as adoptionBlockers().
const ADOPTION_RULES: readonly GovernanceRuleId[] = [
  'each-partner-leads-an-action',
  'each-stream-has-an-action',
];

export function blockersOf(
  rules: readonly GovernanceRuleResult[],
): GovernanceRuleResult[] {
  return rules.filter((rule) => ADOPTION_RULES.includes(rule.id) && !rule.ok);
}

interface PhaseGate {
  from: PhaseKey;
  to: { key: PhaseKey; name: string };
  /** Leaving Preparation adopts the joint action plan. */
  adopts: boolean;
}

/** What happened, as a key of the governance scope and the phase now */
interface Outcome {
  key: 'adopted' | 'moved';
  phase: string;
}

function gateFrom(phase: PhaseKey): PhaseGate | null {
  const index = PHASES.findIndex((p) => p.key === phase);
  const next = PHASES[index + 1];
  if (!next) return null;
  return {
    from: phase,
    to: { key: next.key, name: next.name },
    adopts: phase === 'preparation',
  };
}

@Component({
  selector: 'app-governance-panel',
  imports: [
    ConfirmDialog,
    DateTime,
    ErrorState,
    LoadingIndicator,
    RuleViolations,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './governance-panel.html',
  styleUrl: './governance-panel.css',
})
export class GovernancePanel {
  private readonly governanceApi = inject(GovernanceApi);
  private readonly referenceData = inject(ReferenceDataApi);
  private readonly actionsApi = inject(ActionsApi);
  private readonly referencesStore = inject(ActionReferencesStore);
  private readonly user = inject(Session).user;

  protected readonly data = rxResource({
    stream: () =>
      forkJoin({
        rules: this.governanceApi.rules(),
        partnership: this.referenceData.partnership(),
        references: this.referencesStore.references(),
      }),
  });

  protected readonly rules = computed(() =>
    this.data.hasValue()
      ? [...this.data.value().rules].sort(
          (a, b) =>
            GOVERNANCE_RULE_IDS.indexOf(a.id) -
            GOVERNANCE_RULE_IDS.indexOf(b.id),
        )
      : [],
  );

  protected readonly partners = computed(() =>
    this.data.hasValue() ? this.data.value().references.partners : [],
  );

  protected readonly streams = computed(() =>
    this.data.hasValue() ? this.data.value().references.streams : [],
  );

  protected readonly partnership = computed(() =>
    this.data.hasValue() ? this.data.value().partnership : null,
  );

  protected readonly phaseName = computed(() => {
    const phase = this.partnership()?.phase;
    return PHASES.find((p) => p.key === phase)?.name ?? phase ?? '';
  });

  protected readonly failing = computed(
    () => this.rules().filter((rule) => !rule.ok).length,
  );

  // Violations name actions by code; link them to their pages.
  private readonly actionCodes = computed(
    () => [
      ...new Set(
        this.rules().flatMap((rule) =>
          rule.violations.flatMap((v) => (v.action ? [v.action] : [])),
        ),
      ),
    ],
    { equal: (a, b) => a.join() === b.join() },
  );

  private readonly actionLinks = rxResource({
    params: () => this.actionCodes(),
    stream: ({ params: codes }) =>
      codes.length
        ? this.actionsApi
            .list({ page: 1, pageSize: 200 })
            .pipe(
              map(
                (page) =>
                  new Map(
                    page.items
                      .filter((a) => codes.includes(a.code))
                      .map((a) => [a.code, a.id]),
                  ),
              ),
            )
        : of(new Map<string, number>()),
    defaultValue: new Map<string, number>(),
  });

  protected readonly actionIds = computed(() =>
    this.actionLinks.error() ? new Map() : this.actionLinks.value(),
  );

  protected readonly canAdvance = computed(() => {
    const user = this.user();
    return !!user && can(user, 'advance-phase');
  });

  protected readonly gate = computed(() => {
    const partnership = this.partnership();
    return partnership ? gateFrom(partnership.phase) : null;
  });

  /** Why the gate would be refused, known before asking the server. */
  protected readonly blockers = computed(() =>
    this.gate()?.adopts ? blockersOf(this.rules()) : [],
  );

  protected readonly confirming = signal(false);
  protected readonly pending = signal(false);
  protected readonly refusal = signal<PhaseGateRefusal | null>(null);
  protected readonly failure = signal<HttpProblem | null>(null);
  protected readonly notice = signal<Outcome | null>(null);

  private readonly outcome = viewChild<ElementRef<HTMLElement>>('outcome');
  private readonly focusOutcome = signal(false);

  constructor() {
    // The confirmation dialog takes focus itself; afterwards, the outcome.
    effect(() => {
      const element = this.outcome();
      if (!this.focusOutcome() || !element) return;
      element.nativeElement.focus();
      untracked(() => this.focusOutcome.set(false));
    });
  }

  protected askToConfirm(): void {
    this.refusal.set(null);
    this.failure.set(null);
    this.notice.set(null);
    this.confirming.set(true);
  }

  protected cancel(): void {
    this.confirming.set(false);
  }

  protected advancePhase(gate: PhaseGate): void {
    if (this.pending()) return;
    this.pending.set(true);
    this.governanceApi.advancePhase().subscribe({
      next: (partnership) => {
        this.pending.set(false);
        this.confirming.set(false);
        const phase =
          PHASES.find((p) => p.key === partnership.phase)?.name ??
          partnership.phase;
        this.notice.set({ key: gate.adopts ? 'adopted' : 'moved', phase });
        this.data.reload();
        this.focusOutcome.set(true);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.confirming.set(false);
        if (error instanceof HttpErrorResponse && error.status === 409) {
          const body = error.error as Partial<PhaseGateRefusal> | null;
          this.refusal.set({
            message: body?.message ?? describeHttpProblem(error).message,
            rules: body?.rules ?? [],
          });
          // The server knows better: show its current rule results too.
          this.data.reload();
        } else {
          this.failure.set(describeHttpProblem(error));
        }
        this.focusOutcome.set(true);
      },
    });
  }
}
