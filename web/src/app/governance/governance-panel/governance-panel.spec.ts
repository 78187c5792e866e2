import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { GovernanceRuleResult, PartnershipView, UserView } from '@ws/domain';
import {
  aRuleResult,
  actionsPage,
  anAction,
  flushActionReferences,
} from '../../../testing/action-fixtures';
import { button, byRole, heading, link, textOf } from '../../../testing/dom';
import {
  CONFLICT,
  COORDINATOR,
  PARTNERSHIP_VIEW,
  POOL_NET_EDITOR,
  VIEWER,
  loginAs,
} from '../../../testing/reference-fixtures';
import { Session } from '../../core/auth/session';
import { LanguagePreference } from '../../core/i18n/language-preference';
import { GovernancePanel } from './governance-panel';
import { provideTestTranslations } from '../../../testing/i18n';

const NO_LEADS = aRuleResult('each-partner-leads-an-action', [
  {
    partner: 'cluj-it-cluster',
    message: 'Cluj IT Cluster leads no action that is not cancelled',
  },
  { partner: 'cep', message: 'CEP leads no action that is not cancelled' },
]);
const EMPTY_STREAM = aRuleResult('each-stream-has-an-action', [
  {
    stream: 4,
    message:
      'Stream 4 (Strategic Innovation Schemes & Regional Policies coordinations) has no action that is not cancelled',
  },
]);
const EARLY_START = aRuleResult('action-plan-adopted-before-implementation', [
  {
    action: 'S5-02',
    message:
      'S5-02 (implementation) has started before the joint action plan was adopted',
  },
]);

const ALL_HOLD = [
  aRuleResult('each-partner-leads-an-action'),
  aRuleResult('each-stream-has-an-action'),
  aRuleResult('action-plan-adopted-before-implementation'),
];

describe('GovernancePanel', () => {
  let fixture: ComponentFixture<GovernancePanel>;
  let http: HttpTestingController;
  let view: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(
    user: UserView,
    rules: GovernanceRuleResult[],
    partnership: PartnershipView = PARTNERSHIP_VIEW,
  ): Promise<void> {
    TestBed.inject(Session).start(loginAs(user));
    fixture = TestBed.createComponent(GovernancePanel);
    view = fixture.nativeElement;
    fixture.detectChanges();
    answer(rules, partnership);
    flushActionReferences(http);
    await rendered();
    // Actions named by code are looked up to link to their pages.
    for (const request of http.match((r) => r.url === '/api/actions')) {
      request.flush(
        actionsPage([anAction({ id: 44, code: 'S5-02', stream: 5 })]),
      );
    }
    await fixture.whenStable();
  }

  // The reference data is read once: a reload asks for the rules again.
  function answer(
    rules: GovernanceRuleResult[],
    partnership: PartnershipView = PARTNERSHIP_VIEW,
  ): void {
    http.expectOne('/api/governance').flush({ rules });
    http.expectOne('/api/partnership').flush(partnership);
  }

  async function rendered(): Promise<void> {
    for (let tick = 0; tick < 5; tick++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
  }

  const rule = (title: RegExp) =>
    heading(view, title).closest('li') as HTMLElement;
  const gateButton = () =>
    button(view, 'Adopt the joint action plan and move to Implementation');

  it('shows each rule with its result and every violation, linked to what it names', async () => {
    await open(VIEWER, [NO_LEADS, EMPTY_STREAM, EARLY_START]);

    expect(textOf(byRole(view, 'status')[0])).toBe(
      '3 of 3 rules are violated.',
    );
    const leads = rule(/Every active partner leads at least one action/);
    expect(textOf(leads)).toBe(
      '✗ Violated Every active partner leads at least one action 2 violations: Cluj IT Cluster leads no action that is not cancelled CEP leads no action that is not cancelled',
    );
    expect(link(leads, 'Cluj IT Cluster').getAttribute('href')).toBe(
      '/partners/cluj-it-cluster',
    );
    const streams = rule(/Every activity stream has at least one action/);
    expect(link(streams, 'Stream 4').getAttribute('href')).toBe(
      '/actions?stream=4',
    );
    const early = rule(/No Implementation or Investment action starts/);
    expect(link(early, 'S5-02').getAttribute('href')).toBe('/actions/44');
  });

  it('words each violation in the chosen language, names as they are', async () => {
    TestBed.inject(LanguagePreference).use('fr');
    await open(VIEWER, [NO_LEADS, EMPTY_STREAM, EARLY_START]);

    const violations = (title: RegExp) =>
      Array.from(rule(title).querySelectorAll('li'), textOf);
    expect(
      violations(/Chaque partenaire actif pilote au moins une action/),
    ).toEqual([
      'Cluj IT Cluster ne pilote aucune action non annulée',
      'CEP ne pilote aucune action non annulée',
    ]);
    expect(violations(/Chaque axe d'activité/)).toEqual([
      "Axe 4 (Strategic Innovation Schemes & Regional Policies coordinations) n'a aucune action non annulée",
    ]);
    const early = rule(/Aucune action de mise en œuvre/);
    expect(violations(/Aucune action de mise en œuvre/)).toEqual([
      "S5-02 a démarré avant l'adoption du plan d'action commun",
    ]);
    expect(link(early, 'S5-02').getAttribute('href')).toBe('/actions/44');
    expect(link(rule(/Chaque axe/), 'Axe 4').getAttribute('href')).toBe(
      '/actions?stream=4',
    );
  });

  it('shows the message of a violation naming a partner it does not know', async () => {
    TestBed.inject(LanguagePreference).use('fr');
    await open(VIEWER, [
      aRuleResult('each-partner-leads-an-action', [
        {
          partner: 'new-cluster',
          message: 'New Cluster leads no action that is not cancelled',
        },
      ]),
    ]);

    const leads = rule(/Chaque partenaire actif/);
    expect(textOf(leads.querySelector('li'))).toBe(
      'new-cluster: New Cluster leads no action that is not cancelled',
    );
    expect(link(leads, 'new-cluster').getAttribute('href')).toBe(
      '/partners/new-cluster',
    );
  });

  it('says when every rule holds', async () => {
    await open(VIEWER, ALL_HOLD);
    expect(textOf(byRole(view, 'status')[0])).toBe('Every rule holds.');
    expect(textOf(rule(/Every active partner leads at least one action/))).toBe(
      '✓ Holds Every active partner leads at least one action',
    );
  });

  it('shows the current phase and that the plan is not adopted yet', async () => {
    await open(VIEWER, ALL_HOLD);
    const phase = heading(view, 'Phase and joint action plan')
      .parentElement as HTMLElement;
    expect(textOf(phase)).toContain('Current phase Preparation');
    expect(textOf(phase)).toContain('Joint action plan Not adopted yet.');
  });

  it('says who adopted the plan and when', async () => {
    await open(VIEWER, ALL_HOLD, {
      ...PARTNERSHIP_VIEW,
      phase: 'implementation',
      planAdoptedAt: '2026-03-02T09:15:00.000Z',
      planAdoptedBy: 'coordinator@4m4iof.example',
    });
    expect(textOf(view)).toContain(
      'Joint action plan Adopted on 2 Mar 2026, 10:15 by coordinator@4m4iof.example',
    );
  });

  it.each([
    ['a viewer', VIEWER],
    ['a partner editor', POOL_NET_EDITOR],
  ])('offers %s no phase gate', async (_who, user) => {
    await open(user, ALL_HOLD);
    expect(view.querySelectorAll('button')).toHaveLength(0);
  });

  it('explains to the coordinator, before any click, why adoption would be refused', async () => {
    // The names are listed in a sentence; the commas come from the style sheet.
    await open(COORDINATOR, [NO_LEADS, EMPTY_STREAM, EARLY_START]);
    const gate = heading(view, 'Phase gate').parentElement as HTMLElement;
    expect(textOf(gate)).toContain(
      'The plan cannot be adopted yet. The server will refuse while these rules fail: Every active partner leads at least one action. Not yet: Cluj IT Cluster CEP Every activity stream has at least one action. Not yet: Stream 4',
    );
    // The third rule does not block adoption.
    expect(textOf(gate)).not.toContain('S5-02');
    expect(gateButton().getAttribute('aria-describedby')).toBe('gate-blockers');
  });

  it('lists the failing rules and partners the server names when it refuses', async () => {
    await open(COORDINATOR, ALL_HOLD);
    expect(textOf(view)).toContain('the plan can be adopted');
    gateButton().click();
    await fixture.whenStable();
    button(
      view,
      'Yes, adopt the joint action plan and move to Implementation',
    ).click();
    const post = http.expectOne('/api/partnership/advance-phase');
    expect(post.request.method).toBe('POST');
    // Someone retired the last action of two partners in the meantime.
    post.flush(
      {
        statusCode: 409,
        message:
          'The joint action plan cannot be adopted yet: Cluj IT Cluster leads no action that is not cancelled; CEP leads no action that is not cancelled',
        rules: [NO_LEADS],
      },
      CONFLICT,
    );
    await rendered();
    answer([NO_LEADS, aRuleResult('each-stream-has-an-action')]);
    await fixture.whenStable();

    const alert = byRole(view, 'alert')[0];
    expect(textOf(alert)).toBe(
      'The server refused to move on, because of these rules: Every active partner leads at least one action. Not yet: Cluj IT Cluster CEP',
    );
    expect(link(alert, 'CEP').getAttribute('href')).toBe('/partners/cep');
  });

  it('adopts the plan and shows the new phase', async () => {
    await open(COORDINATOR, ALL_HOLD);
    gateButton().click();
    await fixture.whenStable();
    button(
      view,
      'Yes, adopt the joint action plan and move to Implementation',
    ).click();
    http.expectOne('/api/partnership/advance-phase').flush({
      ...PARTNERSHIP_VIEW,
      phase: 'implementation',
      planAdoptedAt: '2026-03-02T09:15:00.000Z',
      planAdoptedBy: 'coordinator@4m4iof.example',
    });
    await rendered();
    answer(ALL_HOLD, {
      ...PARTNERSHIP_VIEW,
      phase: 'implementation',
      planAdoptedAt: '2026-03-02T09:15:00.000Z',
      planAdoptedBy: 'coordinator@4m4iof.example',
    });
    await fixture.whenStable();

    expect(textOf(byRole(view, 'status')[0])).toBe(
      'The joint action plan is adopted. The partnership is now in the Implementation phase.',
    );
    expect(textOf(view)).toContain('Current phase Implementation');
    expect(button(view, 'Move to Investment')).toBeTruthy();
  });
});
