import {
  ACTION_STATUSES,
  addCalendarDays,
  brusselsDate,
  HEALTHS,
  isOverdue,
  isStale,
  type ProgressFigures,
} from '@ws/domain';
import { Action } from '../src/actions/action.entity';
import { createTestApp, FakeClock, type TestApp, VIEWER } from './test-app';

// The dashboard's aggregate queries, checked against a direct count of the demo plan's rows.
describe('GET /api/dashboard on the demo plan', () => {
  let t: TestApp;
  let actions: Action[];
  let body: Record<string, unknown> & { overall: ProgressFigures };
  const now = new Date('2026-11-25T09:00:00Z');

  beforeAll(async () => {
    t = await createTestApp({
      config: { seed: 'demo' },
      clock: new FakeClock(now),
    });
    actions = await t.dataSource.getRepository(Action).find({
      relations: {
        stream: true,
        lead: true,
        contributors: true,
        regions: true,
        milestones: true,
      },
    });
    body = (await (await t.as(VIEWER)).get('/api/dashboard').expect(200)).body;
  });
  afterAll(() => t.close());

  const live = (list: Action[]) => list.filter((a) => a.status !== 'cancelled');
  const facts = (a: Action) => ({
    status: a.status,
    dueDate: a.dueDate,
    lastUpdateAt: a.lastUpdateAt ? new Date(a.lastUpdateAt) : null,
    createdAt: new Date(a.createdAt),
  });
  const expected = (list: Action[]): ProgressFigures => {
    const open = live(list);
    const mean = open.length
      ? Math.round(
          (open.reduce((s, a) => s + a.progress, 0) / open.length) * 10,
        ) / 10
      : null;
    return {
      actions: list.length,
      meanProgress: mean,
      byStatus: Object.fromEntries(
        ACTION_STATUSES.map((s) => [
          s,
          list.filter((a) => a.status === s).length,
        ]),
      ) as ProgressFigures['byStatus'],
      byHealth: Object.fromEntries(
        HEALTHS.map((h) => [h, open.filter((a) => a.health === h).length]),
      ) as ProgressFigures['byHealth'],
      overdue: list.filter((a) => isOverdue(facts(a), brusselsDate(now)))
        .length,
      stale: list.filter((a) => isStale(facts(a), now)).length,
    };
  };
  const without = <T extends object>(entry: T, ...keys: string[]) =>
    Object.fromEntries(
      Object.entries(entry).filter(([key]) => !keys.includes(key)),
    );

  it('has a plan worth showing', () => {
    expect(actions.length).toBeGreaterThanOrEqual(30);
    expect(body.overall.overdue).toBeGreaterThan(0);
    expect(body.overall.stale).toBeGreaterThan(0);
  });

  it('counts the whole plan as the rows do', () => {
    expect(body.overall).toEqual(expected(actions));
  });

  it('counts each phase, stream, region and lead partner as the rows do', () => {
    for (const phase of body['byPhase'] as ({
      key: string;
    } & ProgressFigures)[]) {
      expect(without(phase, 'key', 'name')).toEqual(
        expected(actions.filter((a) => a.phase === phase.key)),
      );
    }
    for (const stream of body['byStream'] as ({
      number: number;
    } & ProgressFigures)[]) {
      expect(without(stream, 'number', 'code', 'title')).toEqual(
        expected(actions.filter((a) => a.stream.number === stream.number)),
      );
    }
    for (const region of body['byRegion'] as ({
      code: string;
    } & ProgressFigures)[]) {
      expect(without(region, 'code', 'name')).toEqual(
        expected(
          actions.filter((a) => a.regions.some((r) => r.code === region.code)),
        ),
      );
    }
    for (const partner of body['byPartner'] as ({
      slug: string;
      contributes: number;
    } & ProgressFigures)[]) {
      expect(without(partner, 'slug', 'name', 'contributes')).toEqual(
        expected(actions.filter((a) => a.lead.slug === partner.slug)),
      );
      expect(partner.contributes).toBe(
        live(actions).filter((a) =>
          a.contributors.some((c) => c.slug === partner.slug),
        ).length,
      );
    }
  });

  it('fills the matrix and the lists as the rows do', () => {
    const matrix = body['matrix'] as {
      partner: string;
      stream: number;
      led: number;
      contributed: number;
    }[];
    for (const cell of matrix) {
      const inStream = live(actions).filter(
        (a) => a.stream.number === cell.stream,
      );
      expect(cell.led).toBe(
        inStream.filter((a) => a.lead.slug === cell.partner).length,
      );
      expect(cell.contributed).toBe(
        inStream.filter((a) =>
          a.contributors.some((c) => c.slug === cell.partner),
        ).length,
      );
    }
    expect(matrix.reduce((sum, c) => sum + c.led, 0)).toBe(
      live(actions).length,
    );
    const today = brusselsDate(now);
    const upcoming = actions
      .filter((a) => a.status !== 'completed' && a.status !== 'cancelled')
      .flatMap((a) =>
        a.milestones.filter(
          (m) =>
            !m.doneDate &&
            m.dueDate >= today &&
            m.dueDate <= addCalendarDays(today, 60),
        ),
      );
    expect((body['upcomingMilestones'] as unknown[]).length).toBe(
      upcoming.length,
    );
    expect((body['overdueActions'] as unknown[]).length).toBe(
      Math.min(20, body.overall.overdue),
    );
    expect((body['redActions'] as unknown[]).length).toBe(
      actions.filter(
        (a) =>
          a.health === 'red' &&
          ['planned', 'in_progress', 'on_hold'].includes(a.status),
      ).length,
    );
  });
});
