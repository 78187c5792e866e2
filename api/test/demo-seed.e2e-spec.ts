import {
  ACTION_STATUSES,
  type ActionStatus,
  addCalendarDays,
  brusselsDate,
  calendarDaysBetween,
  isClosed,
  isOverdue,
  isStale,
  PARTNERS,
  PHASE_KEYS,
  statusUpdateProblems,
  STREAMS,
} from '@ws/domain';
import { ActionComment } from '../src/actions/action-comment.entity';
import { Action } from '../src/actions/action.entity';
import { StatusUpdate } from '../src/actions/status-update.entity';
import { DemoPlanSeeder } from '../src/demo/demo-plan.seeder';
import { Partnership } from '../src/partnership/partnership.entity';
import { anAction } from './builders';
import {
  COORDINATOR,
  createTestApp,
  databaseKinds,
  editorOf,
  FakeClock,
  type TestApp,
  VIEWER,
} from './test-app';

// 00:30 in Brussels on 30 March 2027, two days after the switch to summer time:
// "today" is the Brussels calendar day, not the UTC one (29 March).
const NOW = new Date('2027-03-29T22:30:00Z');
const TODAY = '2027-03-30';

interface SeededPlan {
  actions: Action[];
  updates: StatusUpdate[];
  comments: ActionComment[];
}

async function loadPlan(t: TestApp): Promise<SeededPlan> {
  const [actions, updates, comments] = await Promise.all([
    t.dataSource.getRepository(Action).find({
      relations: {
        stream: true,
        lead: { region: true },
        contributors: { region: true },
        regions: true,
        milestones: true,
        indicators: true,
      },
      order: { id: 'ASC' },
    }),
    t.dataSource.getRepository(StatusUpdate).find({
      relations: { action: true, author: { partner: true } },
      order: { at: 'ASC', id: 'ASC' },
    }),
    t.dataSource.getRepository(ActionComment).find({
      relations: { action: true, author: { partner: true } },
      order: { at: 'ASC', id: 'ASC' },
    }),
  ]);
  return { actions, updates, comments };
}

/** Every seeded action has its dates; '' would fail the comparisons that use it. */
const dateOf = (date: string | null) => date ?? '';

const actionOf = (plan: SeededPlan, row: { action: Action }) => {
  const action = plan.actions.find((a) => a.id === row.action.id);
  if (!action) throw new Error(`no action ${row.action.id}`);
  return action;
};

const historyOf = (plan: SeededPlan, action: Action) =>
  plan.updates.filter((u) => u.action.id === action.id);

const count = <T>(items: readonly T[], predicate: (item: T) => boolean) =>
  items.filter(predicate).length;

describe.each(databaseKinds())('the demo action plan on %s', (kind) => {
  let t: TestApp;
  let plan: SeededPlan;
  beforeAll(async () => {
    t = await createTestApp({
      kind,
      config: { seed: 'demo' },
      clock: new FakeClock(NOW),
    });
    plan = await loadPlan(t);
  });
  afterAll(() => t.close());

  it('seeds at least 30 actions over the five streams and three phases, coded by stream', () => {
    const { actions } = plan;
    expect(brusselsDate(NOW)).toBe(TODAY);
    expect(actions.length).toBeGreaterThanOrEqual(30);
    for (const action of actions) {
      expect(action.code).toMatch(/^S[1-5]-\d{2}$/);
      expect(action.code.startsWith(`${action.stream.code}-`)).toBe(true);
      expect(action.title.length).toBeGreaterThan(20);
      expect(action.description.length).toBeGreaterThan(80);
      expect(action.version).toBe(1);
      expect(action.deletedAt).toBeNull();
      expect(dateOf(action.startDate) <= dateOf(action.dueDate)).toBe(true);
    }
    expect(new Set(actions.map((a) => a.stream.number))).toEqual(
      new Set(STREAMS.map((s) => s.number)),
    );
    const byPhase = (phase: string) => count(actions, (a) => a.phase === phase);
    for (const phase of PHASE_KEYS) expect(byPhase(phase)).toBeGreaterThan(0);
    // Most actions prepare or implement; a few are investments.
    expect(byPhase('investment')).toBeLessThan(byPhase('preparation'));
    expect(byPhase('investment')).toBeLessThan(byPhase('implementation'));
  });

  it('gives each action 1–4 milestones, regions of its lead and contributors, and indicators on about a third', () => {
    const { actions } = plan;
    for (const action of actions) {
      expect(action.milestones.length).toBeGreaterThanOrEqual(1);
      expect(action.milestones.length).toBeLessThanOrEqual(4);
      for (const m of action.milestones) {
        if (m.doneDate) expect(m.doneDate < TODAY).toBe(true);
      }
      const partnerRegions = new Set(
        [action.lead, ...action.contributors].map((p) => p.region.code),
      );
      expect(action.regions.map((r) => r.code)).toContain(
        action.lead.region.code,
      );
      for (const region of action.regions)
        expect(partnerRegions).toContain(region.code);
      expect(action.contributors.map((p) => p.slug)).not.toContain(
        action.lead.slug,
      );
    }
    const measured = count(actions, (a) => a.indicators.length > 0);
    expect(measured / actions.length).toBeGreaterThanOrEqual(0.25);
    expect(measured / actions.length).toBeLessThanOrEqual(0.45);
    for (const indicator of actions.flatMap((a) => a.indicators)) {
      expect(indicator.name).not.toBe('');
      expect(indicator.unit).not.toBe('');
      expect(indicator.target).toBeGreaterThan(indicator.baseline ?? 0);
    }
  });

  it('has every partner lead at least one action that is not cancelled, the coordinator several', () => {
    const live = plan.actions.filter((a) => a.status !== 'cancelled');
    const leads = new Set(live.map((a) => a.lead.slug));
    expect(PARTNERS.filter((p) => !leads.has(p.slug))).toEqual([]);
    expect(
      count(live, (a) => a.lead.slug === 'plastipolis'),
    ).toBeGreaterThanOrEqual(3);
  });

  it('adopted the joint action plan about five months ago and satisfies every governance rule', async () => {
    const viewer = await t.as(VIEWER);
    const partnership = (await viewer.get('/api/partnership').expect(200)).body;
    expect(partnership).toMatchObject({
      phase: 'implementation',
      planAdoptedBy: COORDINATOR,
    });
    const monthsAgo = calendarDaysBetween(
      brusselsDate(new Date(partnership.planAdoptedAt)),
      TODAY,
    );
    expect(monthsAgo).toBeGreaterThanOrEqual(135);
    expect(monthsAgo).toBeLessThanOrEqual(165);

    const coordinator = await t.as(COORDINATOR);
    const rules = (await coordinator.get('/api/governance').expect(200)).body
      .rules;
    expect(
      rules.map((r: { id: string; ok: boolean; violations: unknown[] }) => [
        r.id,
        r.ok,
        r.violations,
      ]),
    ).toEqual([
      ['each-partner-leads-an-action', true, []],
      ['each-stream-has-an-action', true, []],
      ['action-plan-adopted-before-implementation', true, []],
    ]);

    const journal = (
      await coordinator.get('/api/audit?entity=partnership').expect(200)
    ).body.items;
    expect(journal).toEqual([
      expect.objectContaining({
        summary: 'Adopted the joint action plan and moved to Implementation',
        at: partnership.planAdoptedAt,
        actor: COORDINATOR,
      }),
    ]);
  });

  it('started no Implementation or Investment action before the plan was adopted', async () => {
    const { planAdoptedAt } = await t.dataSource
      .getRepository(Partnership)
      .findOneByOrFail({ id: 1 });
    const adoptedAt = planAdoptedAt ?? '';
    expect(adoptedAt).not.toBe('');
    const later = plan.actions.filter((a) => a.phase !== 'preparation');
    for (const action of later) {
      for (const u of historyOf(plan, action).filter((u) => u.at < adoptedAt))
        expect([action.code, u.status]).toEqual([action.code, 'planned']);
      expect(
        dateOf(action.startDate) >= brusselsDate(new Date(adoptedAt)),
      ).toBe(true);
    }
    // The preparation really began before adoption.
    expect(
      plan.updates.some(
        (u) => u.at < adoptedAt && u.action.phase === 'preparation',
      ),
    ).toBe(true);
  });

  it('gives the dashboard something true to show: overdue, stale, amber, red, on hold, cancelled and completed actions', () => {
    const { actions } = plan;
    const stale = (a: Action) =>
      isStale(
        {
          status: a.status,
          lastUpdateAt: a.lastUpdateAt ? new Date(a.lastUpdateAt) : null,
          createdAt: new Date(a.createdAt),
        },
        NOW,
      );
    const open = actions.filter((a) => !isClosed(a.status));
    const byStatus = (status: ActionStatus) =>
      count(actions, (a) => a.status === status);

    expect(count(actions, (a) => isOverdue(a, TODAY))).toBeGreaterThanOrEqual(
      3,
    );
    expect(count(actions, stale)).toBeGreaterThanOrEqual(3);
    // Stale is the exception, not the rule.
    expect(count(actions, stale)).toBeLessThan(open.length / 3);
    expect(count(open, (a) => a.health === 'amber')).toBeGreaterThanOrEqual(3);
    expect(count(open, (a) => a.health === 'red')).toBeGreaterThanOrEqual(2);
    expect(byStatus('completed')).toBeGreaterThanOrEqual(3);
    expect(byStatus('in_progress')).toBeGreaterThanOrEqual(actions.length / 3);
    expect(byStatus('on_hold')).toBeGreaterThanOrEqual(2);
    expect(byStatus('on_hold')).toBeLessThanOrEqual(3);
    expect(byStatus('cancelled')).toBeGreaterThanOrEqual(1);
    expect(byStatus('cancelled')).toBeLessThanOrEqual(2);
    expect(byStatus('planned')).toBeGreaterThanOrEqual(1);
    for (const cancelled of actions.filter((a) => a.status === 'cancelled')) {
      expect(
        count(
          actions,
          (a) => a.lead.id === cancelled.lead.id && a.status !== 'cancelled',
        ),
      ).toBeGreaterThan(0);
    }
    const soon = addCalendarDays(TODAY, 60);
    const upcoming = open
      .flatMap((a) => a.milestones)
      .filter((m) => !m.doneDate && m.dueDate >= TODAY && m.dueDate <= soon);
    expect(upcoming.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps a history in which every update is acceptable, progress never falls back and each action shows its latest update', () => {
    const now = NOW.toISOString();
    for (const action of plan.actions) {
      const history = historyOf(plan, action);
      if (action.status !== 'planned') {
        expect([
          action.code,
          history.length >= 1 && history.length <= 6,
        ]).toEqual([action.code, true]);
      }
      let current: { status: ActionStatus; progress: number } = {
        status: 'planned',
        progress: 0,
      };
      for (const u of history) {
        expect(ACTION_STATUSES).toContain(u.status);
        expect([
          action.code,
          u.at,
          statusUpdateProblems(current, u, 'editor'),
        ]).toEqual([action.code, u.at, []]);
        expect(u.progress).toBeGreaterThanOrEqual(current.progress);
        expect(u.at < now).toBe(true);
        // Work starts on or after the start date; only planning comes earlier.
        if (u.status !== 'planned')
          expect(brusselsDate(new Date(u.at)) >= dateOf(action.startDate)).toBe(
            true,
          );
        current = u;
      }
      const last = history[history.length - 1];
      if (last) {
        expect({
          status: action.status,
          progress: action.progress,
          health: action.health,
          lastUpdateAt: action.lastUpdateAt,
          updatedAt: action.updatedAt,
        }).toEqual({
          status: last.status,
          progress: last.progress,
          health: last.health,
          lastUpdateAt: last.at,
          updatedAt: last.at,
        });
      } else {
        expect(action).toMatchObject({
          status: 'planned',
          progress: 0,
          lastUpdateAt: null,
        });
      }
      expect(action.createdAt <= (history[0]?.at ?? now)).toBe(true);
    }
    expect(plan.updates.some((u) => u.blockers)).toBe(true);
    expect(plan.updates.every((u) => u.comment || u.nextSteps)).toBe(true);
  });

  it("has the lead partner's editor write every update and contributors' editors the comments", () => {
    for (const u of plan.updates) {
      const { lead } = actionOf(plan, u);
      expect(u.author?.email).toBe(editorOf(lead.slug));
      expect(u.authorName).toBe(u.author?.displayName);
      expect(u.organisation).toBe(lead.name);
    }
    expect(plan.comments.length).toBeGreaterThanOrEqual(5);
    for (const c of plan.comments) {
      const action = actionOf(plan, c);
      const partner = c.author?.partner;
      if (!partner) throw new Error(`comment ${c.id} has no partner editor`);
      expect(action.contributors.map((p) => p.slug)).toContain(partner.slug);
      expect(c.author?.email).toBe(editorOf(partner.slug));
      expect(c.organisation).toBe(partner.name);
      expect(c.at < NOW.toISOString()).toBe(true);
    }
  });

  it('adds nothing when it runs again, as after a restart', async () => {
    expect(await t.app.get(DemoPlanSeeder).seed()).toBeNull();
    const again = await loadPlan(t);
    expect(again.actions.length).toBe(plan.actions.length);
    expect(again.updates.length).toBe(plan.updates.length);
    expect(again.comments.length).toBe(plan.comments.length);
  });
});

describe('the demo action plan with SEED=reference', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({
      config: { seed: 'reference' },
      clock: new FakeClock(NOW),
    });
  });
  afterEach(() => t.close());

  it('is not seeded: no action, and the plan is not adopted', async () => {
    expect(await t.dataSource.getRepository(Action).count()).toBe(0);
    expect(
      await t.dataSource.getRepository(Partnership).findOneByOrFail({ id: 1 }),
    ).toMatchObject({ phase: 'preparation', planAdoptedAt: null });
  });

  it('is never added to a plan that already has an action', async () => {
    await anAction(t.dataSource, { lead: 'afil' });
    expect(await t.app.get(DemoPlanSeeder).seed()).toBeNull();
    expect(await t.dataSource.getRepository(Action).count()).toBe(1);
    expect(await t.dataSource.getRepository(StatusUpdate).count()).toBe(0);
    expect(
      (await t.dataSource.getRepository(Partnership).findOneByOrFail({ id: 1 }))
        .phase,
    ).toBe('preparation');
  });

  it('is seeded quickly into an empty plan, with dates relative to today', async () => {
    const started = performance.now();
    const counts = await t.app.get(DemoPlanSeeder).seed();
    expect(performance.now() - started).toBeLessThan(1000);
    const plan = await loadPlan(t);
    expect(counts).toEqual({
      actions: plan.actions.length,
      milestones: plan.actions.flatMap((a) => a.milestones).length,
      indicators: plan.actions.flatMap((a) => a.indicators).length,
      statusUpdates: plan.updates.length,
      comments: plan.comments.length,
    });
    const starts = plan.actions.map((a) => dateOf(a.startDate)).sort();
    const planStartedDaysAgo = calendarDaysBetween(starts[0], TODAY);
    expect(planStartedDaysAgo).toBeGreaterThanOrEqual(225);
    expect(planStartedDaysAgo).toBeLessThanOrEqual(255);
    const lastUpdate = plan.updates[plan.updates.length - 1].at;
    expect(
      calendarDaysBetween(brusselsDate(new Date(lastUpdate)), TODAY),
    ).toBeLessThanOrEqual(7);
  });
});
