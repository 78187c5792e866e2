import { PARTNERS } from '@ws/domain';
import { Action } from '../src/actions/action.entity';
import { Partnership } from '../src/partnership/partnership.entity';
import { aCompletePlan, anAction } from './builders';
import {
  type AuthedClient,
  COORDINATOR,
  createTestApp,
  databaseKinds,
  editorOf,
  type TestApp,
  VIEWER,
} from './test-app';

describe.each(databaseKinds())(
  'governance and the phase gate on %s',
  (kind) => {
    let t: TestApp;
    let coordinator: AuthedClient;
    beforeEach(async () => {
      t = await createTestApp({ kind });
      coordinator = await t.as(COORDINATOR);
    });
    afterEach(() => t.close());

    const partnership = () =>
      t.dataSource.getRepository(Partnership).findOneByOrFail({ id: 1 });
    const rules = async () =>
      (await coordinator.get('/api/governance').expect(200)).body.rules;

    it('reports every partner and stream without an action on an empty plan', async () => {
      const [partnersRule, streamsRule, adoptionRule] = await rules();
      expect(partnersRule).toMatchObject({
        id: 'each-partner-leads-an-action',
        ok: false,
      });
      expect(
        partnersRule.violations.map((v: { partner: string }) => v.partner),
      ).toEqual(PARTNERS.map((p) => p.slug));
      expect(partnersRule.violations[4].message).toBe(
        'microTEC Südwest leads no action that is not cancelled',
      );
      expect(streamsRule).toMatchObject({
        id: 'each-stream-has-an-action',
        ok: false,
      });
      expect(
        streamsRule.violations.map((v: { stream: number }) => v.stream),
      ).toEqual([1, 2, 3, 4, 5]);
      expect(adoptionRule).toMatchObject({
        id: 'action-plan-adopted-before-implementation',
        ok: true,
        violations: [],
      });
    });

    it('ignores cancelled and deleted actions and flags implementation started before adoption', async () => {
      await aCompletePlan(t.dataSource);
      await anAction(t.dataSource, { lead: 'afil', status: 'cancelled' });
      const deleted = await anAction(t.dataSource, {
        lead: 'afil',
        stream: 2,
        phase: 'investment',
        status: 'completed',
      });
      await t.dataSource
        .getRepository(Action)
        .update({ id: deleted.id }, { deletedAt: '2026-11-02T10:00:00.000Z' });
      await anAction(t.dataSource, {
        code: 'S3-99',
        lead: 'cep',
        stream: 3,
        phase: 'implementation',
        status: 'in_progress',
      });
      const body = await rules();
      expect(body.map((r: { ok: boolean }) => r.ok)).toEqual([
        true,
        true,
        false,
      ]);
      expect(body[2].violations).toEqual([
        {
          action: 'S3-99',
          message:
            'S3-99 (implementation) has started before the joint action plan was adopted',
        },
      ]);
    });

    it('refuses to adopt the plan while rules 1–2 fail, naming every failing rule and partner, and changes nothing', async () => {
      await anAction(t.dataSource, { lead: 'plastipolis', stream: 1 });
      const res = await coordinator
        .post('/api/partnership/advance-phase')
        .expect(409);
      expect(res.body.message).toContain(
        'The joint action plan cannot be adopted yet',
      );
      for (const partner of PARTNERS.filter((p) => p.slug !== 'plastipolis'))
        expect(res.body.message).toContain(partner.name);
      expect(res.body.rules.map((r: { id: string }) => r.id)).toEqual([
        'each-partner-leads-an-action',
        'each-stream-has-an-action',
      ]);
      expect(res.body.rules[0].violations).toHaveLength(11);
      expect(await partnership()).toMatchObject({
        phase: 'preparation',
        planAdoptedAt: null,
      });
    });

    it('adopts the plan when every partner leads an action and every stream has one, then moves to Investment', async () => {
      await aCompletePlan(t.dataSource);
      const adopted = await coordinator
        .post('/api/partnership/advance-phase')
        .expect(200);
      expect(adopted.body).toMatchObject({
        phase: 'implementation',
        planAdoptedBy: COORDINATOR,
      });
      expect(Date.parse(adopted.body.planAdoptedAt)).not.toBeNaN();
      const viewer = await t.as(VIEWER);
      expect(
        (await viewer.get('/api/partnership').expect(200)).body.phase,
      ).toBe('implementation');
      const phases = (await viewer.get('/api/phases').expect(200)).body.items;
      expect(
        phases
          .filter((p: { current: boolean }) => p.current)
          .map((p: { key: string }) => p.key),
      ).toEqual(['implementation']);

      await coordinator.post('/api/partnership/advance-phase').expect(200);
      const last = await coordinator
        .post('/api/partnership/advance-phase')
        .expect(409);
      expect(last.body.message).toContain('already in its last phase');
      expect(await partnership()).toMatchObject({
        phase: 'investment',
        planAdoptedBy: COORDINATOR,
      });

      const journal = (
        await viewer.get('/api/audit?entity=partnership').expect(200)
      ).body.items;
      expect(journal.map((e: { summary: string }) => e.summary)).toEqual([
        'Moved from implementation to investment',
        'Adopted the joint action plan and moved to Implementation',
      ]);
    });

    it('lets only the coordinator move the phase', async () => {
      await aCompletePlan(t.dataSource);
      await (await t.as(editorOf('plastipolis')))
        .post('/api/partnership/advance-phase')
        .expect(403);
      await (await t.as(VIEWER))
        .post('/api/partnership/advance-phase')
        .expect(403);
      await t.http().post('/api/partnership/advance-phase').expect(401);
      expect((await partnership()).phase).toBe('preparation');
    });
  },
);
