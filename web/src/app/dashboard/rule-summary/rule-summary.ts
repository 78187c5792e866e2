import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { GOVERNANCE_RULE_IDS, GovernanceRuleResult } from '@ws/domain';

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
  readonly rules = input.required<readonly GovernanceRuleResult[]>();

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
}
