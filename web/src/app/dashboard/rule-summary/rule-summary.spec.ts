import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { GovernanceRuleResult } from '@ws/domain';
import { aRuleResult } from '../../../testing/action-fixtures';
import { textOf } from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import { ViolationNames } from '../../governance/violation-sentence';
import { RuleSummary } from './rule-summary';

const NAMES: ViolationNames = {
  partners: [{ slug: 'cep', name: 'CEP' }],
  streams: [{ number: 4, title: 'Policies' }],
};

describe('RuleSummary in French', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideTestTranslations('fr'), provideRouter([])],
    });
  });

  async function violationsShown(
    rules: GovernanceRuleResult[],
  ): Promise<string[]> {
    const fixture = TestBed.createComponent(RuleSummary);
    fixture.componentRef.setInput('rules', rules);
    fixture.componentRef.setInput('names', NAMES);
    await fixture.whenStable();
    const view: HTMLElement = fixture.nativeElement;
    return Array.from(view.querySelectorAll('.rule__violations li'), textOf);
  }

  it('words each violation from its fields, names as they are', async () => {
    expect(
      await violationsShown([
        aRuleResult('each-partner-leads-an-action', [
          {
            partner: 'cep',
            message: 'CEP leads no action that is not cancelled',
          },
        ]),
        aRuleResult('each-stream-has-an-action', [
          {
            stream: 4,
            message:
              'Stream 4 (Strategic Innovation Schemes & Regional Policies coordinations) has no action that is not cancelled',
          },
        ]),
        aRuleResult('action-plan-adopted-before-implementation', [
          {
            action: 'S5-02',
            message:
              'S5-02 (implementation) has started before the joint action plan was adopted',
          },
        ]),
      ]),
    ).toEqual([
      'CEP ne pilote aucune action non annulée',
      "Axe 4 (Policies) n'a aucune action non annulée",
      "S5-02 a démarré avant l'adoption du plan d'action commun",
    ]);
  });

  it('shows the message when a violation lacks what its sentence names', async () => {
    expect(
      await violationsShown([
        aRuleResult('each-partner-leads-an-action', [
          { message: 'A partner leads no action that is not cancelled' },
          {
            partner: 'retired-cluster',
            message: 'Retired Cluster leads no action that is not cancelled',
          },
        ]),
        aRuleResult('each-stream-has-an-action', [
          {
            stream: 9,
            message: 'Stream 9 (New) has no action that is not cancelled',
          },
        ]),
      ]),
    ).toEqual([
      'A partner leads no action that is not cancelled',
      'Retired Cluster leads no action that is not cancelled',
      'Stream 9 (New) has no action that is not cancelled',
    ]);
  });
});
