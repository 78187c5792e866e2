import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  GOVERNANCE_RULE_IDS,
  GovernanceRuleId,
  GovernanceRuleResult,
  GovernanceViolation,
} from '@ws/domain';
import { wordsOf } from '../../core/i18n/words';
import {
  ViolationNames,
  violationText,
} from '../../governance/violation-sentence';

// How many violations a rule shows before pointing to the governance page.
const SHOWN_VIOLATIONS = 3;

// SPEC §3 and §5: each partnership rule, holding or not, and what breaks it.
@Component({
  selector: 'app-rule-summary',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rule-summary.html',
  styleUrl: './rule-summary.css',
})
export class RuleSummary {
  private readonly words = wordsOf('governance');

  readonly rules = input.required<readonly GovernanceRuleResult[]>();
  /** Partner names and stream titles the violations are worded with */
  readonly names = input<ViolationNames>({ partners: [], streams: [] });

  protected readonly shown = SHOWN_VIOLATIONS;

  protected readonly ordered = computed(() =>
    [...this.rules()].sort(
      (a, b) =>
        GOVERNANCE_RULE_IDS.indexOf(a.id) - GOVERNANCE_RULE_IDS.indexOf(b.id),
    ),
  );

  protected readonly failing = computed(
    () => this.rules().filter((rule) => !rule.ok).length,
  );

  protected violationText(
    rule: GovernanceRuleId,
    violation: GovernanceViolation,
  ): string {
    return violationText(this.words(), rule, violation, this.names());
  }
}
