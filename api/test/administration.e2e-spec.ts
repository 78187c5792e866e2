import { STREAMS } from '@ws/domain';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { aCompletePlan, anAction } from './builders';
import {
  type AuthedClient,
  COORDINATOR,
  createTestApp,
  databaseKinds,
  editorOf,
  FakeClock,
  type TestApp,
  VIEWER,
} from './test-app';

// Each case starts a real server on a fresh database; a loaded machine needs more than 5 s.
jest.setTimeout(30_000);

const NEW_PARTNER = {
  name: 'Cluster Nova',
  region: 'PT16',
  kind: 'cluster',
  networkSize: 120,
  smes: 80,
  thematic: 'Advanced manufacturing',
  effraDomains: ['D2', 'D1'],
};

describe('administration of partners, regions, streams and settings', () => {
  let t: TestApp;
  let coordinator: AuthedClient;
  const clock = new FakeClock();

  beforeEach(async () => {
    t = await createTestApp({ clock });
    coordinator = await t.as(COORDINATOR);
  });
  afterEach(() => t.close());

  const journal = async () =>
    (await coordinator.get('/api/audit?pageSize=5').expect(200)).body.items;
  const journalSize = () => t.dataSource.getRepository(AuditEntry).count();

  describe('partners', () => {
    it('adds a partner with a slug made from its name, journaled', async () => {
      const created = await coordinator
        .post('/api/partners')
        .send(NEW_PARTNER)
        .expect(201);
      expect(created.body).toEqual({
        slug: 'cluster-nova',
        name: 'Cluster Nova',
        fullName: 'Cluster Nova',
        region: 'PT16',
        regionName: 'Centro Portugal',
        kind: 'cluster',
        coordinator: false,
        retired: false,
        networkSize: 120,
        networkSizeNote: null,
        smes: 80,
        smesNote: null,
        thematic: 'Advanced manufacturing',
        effraDomains: ['D1', 'D2'],
      });
      await coordinator.get('/api/partners/cluster-nova').expect(200);
      expect((await journal())[0]).toMatchObject({
        action: 'create',
        entityType: 'partner',
        entityId: 'cluster-nova',
        summary: 'Added the partner Cluster Nova',
      });
      // The rule now expects the newcomer to lead an action too.
      const rules = (await coordinator.get('/api/governance')).body.rules;
      expect(rules[0].violations).toContainEqual(
        expect.objectContaining({ partner: 'cluster-nova' }),
      );
    });

    it('names every bad field, refuses a taken slug, and changes nothing', async () => {
      const before = await journalSize();
      const bad = await coordinator
        .post('/api/partners')
        .send({
          name: '',
          slug: 'Not A Slug',
          region: 'nowhere',
          kind: 'guild',
          networkSize: -1,
          effraDomains: ['D9'],
          colour: 'blue',
        })
        .expect(400);
      expect(
        bad.body.errors.map((e: { field: string }) => e.field).sort(),
      ).toEqual([
        'colour',
        'effraDomains',
        'kind',
        'name',
        'networkSize',
        'region',
        'slug',
      ]);
      const unknownRegion = await coordinator
        .post('/api/partners')
        .send({ ...NEW_PARTNER, region: 'PT11' })
        .expect(400);
      expect(unknownRegion.body.errors).toEqual([
        {
          field: 'region',
          problems: ['region PT11 is not a known region code'],
        },
      ]);
      await coordinator
        .post('/api/partners')
        .send({ ...NEW_PARTNER, slug: 'afil' })
        .expect(409);
      expect(await journalSize()).toBe(before);
    });

    it('renames a partner and changes its region and kind, keeping its slug', async () => {
      const changed = await coordinator
        .patch('/api/partners/cep')
        .send({ name: 'CEP Polska', region: 'PL21', kind: 'technology_centre' })
        .expect(200);
      expect(changed.body).toMatchObject({
        slug: 'cep',
        name: 'CEP Polska',
        region: 'PL21',
        kind: 'technology_centre',
      });
      expect((await journal())[0]).toMatchObject({
        entityType: 'partner',
        summary: 'Renamed the partner CEP to CEP Polska',
        before: expect.objectContaining({ name: 'CEP' }),
        after: expect.objectContaining({ name: 'CEP Polska' }),
      });
      await coordinator
        .patch('/api/partners/cep')
        .send({ slug: 'cep-pl' })
        .expect(400);
      await coordinator
        .patch('/api/partners/nobody')
        .send({ name: 'X' })
        .expect(404);
    });

    it('retires a partner: its editors only read, and it leads nothing new', async () => {
      const action = await anAction(t.dataSource, { lead: 'cep' });
      const editor = await t.as(editorOf('cep'));
      const retired = await coordinator
        .post('/api/partners/cep/retire')
        .send({})
        .expect(200);
      expect(retired.body.retired).toBe(true);
      expect((await journal())[0]).toMatchObject({
        action: 'retire',
        summary: 'Retired the partner CEP',
      });

      const refused = await editor
        .post(`/api/actions/${action.id}/updates`)
        .send({ status: 'in_progress', progress: 10, health: 'green' })
        .expect(403);
      expect(refused.body.message).toBe(
        'cep is retired from the partnership: its editors only read',
      );
      await editor.get(`/api/actions/${action.id}`).expect(200);
      expect((await editor.get('/api/auth/me').expect(200)).body).toMatchObject(
        { partner: 'cep', partnerRetired: true },
      );
      const newLead = await coordinator
        .post('/api/actions')
        .send({ title: 'New', stream: 1, phase: 'preparation', lead: 'cep' })
        .expect(400);
      expect(newLead.body.errors).toEqual([
        { field: 'lead', problems: ['CEP is retired and leads nothing new'] },
      ]);
      await coordinator.post('/api/partners/cep/retire').send({}).expect(409);

      await coordinator.post('/api/partners/cep/reinstate').expect(200);
      await editor
        .post(`/api/actions/${action.id}/updates`)
        .send({ status: 'in_progress', progress: 10, health: 'green' })
        .expect(201);
    });

    it('never retires the coordinating partner', async () => {
      const refused = await coordinator
        .post('/api/partners/plastipolis/retire')
        .send({})
        .expect(409);
      expect(refused.body.message).toBe(
        'Plastipolis coordinates the partnership and cannot be retired',
      );
    });

    it('after adoption, refuses to retire a partner still leading open actions unless another takes them over', async () => {
      await aCompletePlan(t.dataSource);
      const second = await anAction(t.dataSource, {
        code: 'S4-90',
        lead: 'cep',
        stream: 4,
        status: 'in_progress',
      });
      await anAction(t.dataSource, {
        code: 'S4-91',
        lead: 'cep',
        stream: 4,
        status: 'completed',
      });
      await coordinator.post('/api/partnership/advance-phase').expect(200);
      const before = await journalSize();
      const cepActions = (
        await coordinator.get(
          '/api/actions?lead=cep&status=planned,in_progress',
        )
      ).body.items.map((a: { code: string }) => a.code);

      const refused = await coordinator
        .post('/api/partners/cep/retire')
        .send({})
        .expect(409);
      expect(refused.body).toMatchObject({
        message: `The joint action plan is adopted: CEP still leads ${cepActions.join(', ')}; name the partner who takes them over (reassignTo)`,
        actions: cepActions,
      });
      await coordinator
        .post('/api/partners/cep/retire')
        .send({ reassignTo: 'ghost' })
        .expect(400);
      expect(await journalSize()).toBe(before);
      expect((await coordinator.get('/api/partners/cep')).body.retired).toBe(
        false,
      );

      await coordinator
        .post('/api/partners/cep/retire')
        .send({ reassignTo: 'afil' })
        .expect(200);
      const moved = await coordinator
        .get(`/api/actions/${second.id}`)
        .expect(200);
      expect(moved.body.lead).toBe('afil');
      expect(
        (await coordinator.get('/api/actions?lead=cep')).body.items.map(
          (a: { code: string }) => a.code,
        ),
      ).toEqual(['S4-91']);
      // One journal entry per action handed over, and one for the retirement.
      expect(await journalSize()).toBe(before + cepActions.length + 1);
      const rules = (await coordinator.get('/api/governance')).body.rules;
      expect(rules[0]).toMatchObject({ ok: true });
    });

    it('lets only the coordinator change partners', async () => {
      for (const account of [VIEWER, editorOf('afil')]) {
        const client = await t.as(account);
        await client.post('/api/partners').send(NEW_PARTNER).expect(403);
        await client
          .patch('/api/partners/afil')
          .send({ name: 'X' })
          .expect(403);
        await client.post('/api/partners/cep/retire').send({}).expect(403);
      }
      expect((await coordinator.get('/api/partners/afil')).body.name).toBe(
        'AFIL',
      );
    });
  });

  describe('regions', () => {
    it('adds a region and changes its membership, journaled', async () => {
      const created = await coordinator
        .post('/api/regions')
        .send({
          code: 'pt11',
          name: 'Norte',
          country: 'pt',
          countryName: 'Portugal',
          membership: 'extended',
        })
        .expect(201);
      expect(created.body).toEqual({
        code: 'PT11',
        name: 'Norte',
        country: 'PT',
        countryName: 'Portugal',
        membership: 'extended',
        partners: [],
      });
      const changed = await coordinator
        .patch('/api/regions/BE2')
        .send({ membership: 'four_motors' })
        .expect(200);
      expect(changed.body).toMatchObject({
        code: 'BE2',
        membership: 'four_motors',
        partners: ['flanders-make'],
      });
      expect((await journal()).slice(0, 2)).toEqual([
        expect.objectContaining({
          entityType: 'region',
          entityId: 'BE2',
          summary: 'Updated the region Flanders',
        }),
        expect.objectContaining({
          entityType: 'region',
          entityId: 'PT11',
          summary: 'Added the region Norte',
        }),
      ]);
    });

    it('refuses bad fields, a taken code and an unknown region', async () => {
      const bad = await coordinator
        .post('/api/regions')
        .send({
          code: '12',
          name: '',
          country: 'Portugal',
          membership: 'friend',
        })
        .expect(400);
      expect(
        bad.body.errors.map((e: { field: string }) => e.field).sort(),
      ).toEqual(['code', 'country', 'countryName', 'membership', 'name']);
      await coordinator
        .post('/api/regions')
        .send({
          code: 'FRK',
          name: 'Again',
          country: 'FR',
          countryName: 'France',
          membership: 'associate',
        })
        .expect(409);
      await coordinator
        .patch('/api/regions/PT11')
        .send({ name: 'Norte' })
        .expect(404);
      await coordinator
        .patch('/api/regions/not-a-code')
        .send({ name: 'Norte' })
        .expect(400);
      await (await t.as(VIEWER))
        .patch('/api/regions/FRK')
        .send({ name: 'X' })
        .expect(403);
    });
  });

  describe('streams', () => {
    it("changes a stream's titles and description, journaled", async () => {
      const changed = await coordinator
        .patch('/api/streams/3')
        .send({
          shortTitle: 'Joint roadmap',
          description: 'Shared priorities.',
        })
        .expect(200);
      expect(changed.body).toEqual({
        number: 3,
        code: 'S3',
        shortTitle: 'Joint roadmap',
        title: STREAMS[2].title,
        description: 'Shared priorities.',
      });
      const listed = (await coordinator.get('/api/streams')).body.items[2];
      expect(listed.shortTitle).toBe('Joint roadmap');
      expect((await journal())[0]).toMatchObject({
        entityType: 'stream',
        entityId: '3',
      });
      await coordinator
        .patch('/api/streams/9')
        .send({ title: 'X' })
        .expect(404);
      await coordinator
        .patch('/api/streams/3')
        .send({ title: '', number: 4 })
        .expect(400);
      await (await t.as(editorOf('afil')))
        .patch('/api/streams/3')
        .send({ title: 'X' })
        .expect(403);
    });
  });

  describe('settings', () => {
    it('changes the stale threshold, which the action list and the dashboard use at once', async () => {
      const action = await anAction(t.dataSource, { status: 'in_progress' });
      // Built on 2026-11-01; the clock reads 2026-11-25: 24 days without an update.
      expect((await coordinator.get('/api/settings').expect(200)).body).toEqual(
        {
          partnershipName: '4 Motors 4 Industry of the Future',
          staleAfterDays: 30,
        },
      );
      expect(
        (await coordinator.get(`/api/actions/${action.id}`)).body.stale,
      ).toBe(false);

      const changed = await coordinator
        .patch('/api/settings')
        .send({ staleAfterDays: 20, partnershipName: '4M4IoF' })
        .expect(200);
      expect(changed.body).toEqual({
        partnershipName: '4M4IoF',
        staleAfterDays: 20,
      });
      expect(
        (await coordinator.get(`/api/actions/${action.id}`)).body.stale,
      ).toBe(true);
      expect(
        (await coordinator.get('/api/actions?stale=true')).body.total,
      ).toBe(1);
      const dashboard = (await coordinator.get('/api/dashboard').expect(200))
        .body;
      expect(dashboard.staleAfterDays).toBe(20);
      expect(
        dashboard.staleActions.map((a: { code: string }) => a.code),
      ).toEqual([action.code]);
      expect((await coordinator.get('/api/partnership')).body.name).toBe(
        '4M4IoF',
      );
      expect((await journal())[0]).toMatchObject({
        entityType: 'settings',
        before: {
          partnershipName: '4 Motors 4 Industry of the Future',
          staleAfterDays: 30,
        },
        after: { partnershipName: '4M4IoF', staleAfterDays: 20 },
      });
    });

    it('refuses a bad threshold or a null where a value is needed, and lets only the coordinator change settings', async () => {
      const bad = await coordinator
        .patch('/api/settings')
        .send({ staleAfterDays: 0, partnershipName: '' })
        .expect(400);
      expect(
        bad.body.errors.map((e: { field: string }) => e.field).sort(),
      ).toEqual(['partnershipName', 'staleAfterDays']);
      for (const body of [{ staleAfterDays: null }, { partnershipName: null }])
        await coordinator.patch('/api/settings').send(body).expect(400);
      await coordinator
        .patch('/api/regions/FRK')
        .send({ name: null })
        .expect(400);
      await coordinator
        .patch('/api/streams/1')
        .send({ title: null })
        .expect(400);
      await coordinator
        .patch('/api/partners/afil')
        .send({ name: null, effraDomains: null })
        .expect(400);
      const viewer = await t.as(VIEWER);
      await viewer.get('/api/settings').expect(200);
      await viewer
        .patch('/api/settings')
        .send({ staleAfterDays: 10 })
        .expect(403);
      expect((await coordinator.get('/api/settings')).body.staleAfterDays).toBe(
        30,
      );
    });
  });
});

describe.each(databaseKinds())('administration writes on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ kind });
  });
  afterAll(() => t.close());

  it('keeps a retirement with its hand-over, and a new setting, in the database', async () => {
    const coordinator = await t.as(COORDINATOR);
    await aCompletePlan(t.dataSource);
    await coordinator.post('/api/partnership/advance-phase').expect(200);
    await coordinator
      .post('/api/partners/cep/retire')
      .send({ reassignTo: 'afil' })
      .expect(200);
    expect((await coordinator.get('/api/actions?lead=cep')).body.total).toBe(0);
    await coordinator
      .patch('/api/settings')
      .send({ staleAfterDays: 45 })
      .expect(200);
    await coordinator
      .patch('/api/settings')
      .send({ staleAfterDays: 40 })
      .expect(200);
    expect((await coordinator.get('/api/settings')).body.staleAfterDays).toBe(
      40,
    );
  });
});
