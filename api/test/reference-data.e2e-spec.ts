import {
  FUNDING_INSTRUMENTS,
  INITIATIVES,
  PARTNERS,
  type PartnerView,
  REGIONS,
  STREAMS,
} from '@ws/domain';
import { APP_VERSION } from '../src/version';
import { Partner } from '../src/partners/partner.entity';
import { ReferenceDataSeeder } from '../src/reference-data/reference-data.seeder';
import {
  type AuthedClient,
  createTestApp,
  databaseKinds,
  type TestApp,
  VIEWER,
} from './test-app';

const TABLES = [
  'users',
  'regions',
  'partners',
  'partner_effra_domains',
  'phases',
  'streams',
  'initiatives',
  'funding_instruments',
  'funding_instrument_successors',
  'effra_domains',
  'partnership',
];

describe.each(databaseKinds())('reference data API on %s', (kind) => {
  let t: TestApp;
  let viewer: AuthedClient;
  beforeAll(async () => {
    t = await createTestApp({ kind });
    viewer = await t.as(VIEWER);
  });
  afterAll(() => t.close());

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => [
          table,
          Number(
            (await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0]
              .n,
          ),
        ]),
      ),
    );

  it('reports the database as reachable, with the product version', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      database: 'up',
      version: APP_VERSION,
    });
    expect(APP_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('lists the ten regions with their country, membership and partners', async () => {
    const res = await viewer.get('/api/regions').expect(200);
    expect(res.body).toMatchObject({ total: 10, page: 1 });
    expect(res.body.items.map((r: { code: string }) => r.code)).toEqual(
      REGIONS.map((r) => r.code),
    );
    expect(res.body.items).toContainEqual({
      code: 'PL21',
      name: 'Małopolska',
      country: 'PL',
      countryName: 'Poland',
      membership: 'associate',
      partners: [],
    });
    expect(
      res.body.items.find((r: { code: string }) => r.code === 'FRK').partners,
    ).toEqual(['plastipolis', 'viameca', 'minalogic']);
  });

  it('lists the twelve partners with every figure and domain of the concept note', async () => {
    const res = await viewer.get('/api/partners').expect(200);
    expect(res.body).toMatchObject({ total: 12, page: 1, pageSize: 100 });
    const bySlug = new Map<string, PartnerView>(
      res.body.items.map((p: PartnerView) => [p.slug, p]),
    );
    for (const expected of PARTNERS) {
      expect(bySlug.get(expected.slug)).toEqual({
        slug: expected.slug,
        name: expected.name,
        fullName: expected.fullName,
        region: expected.regionCode,
        regionName: REGIONS.find((r) => r.code === expected.regionCode)?.name,
        kind: expected.kind,
        coordinator: expected.coordinator,
        retired: false,
        networkSize: expected.networkSize,
        networkSizeNote: expected.networkSizeNote,
        smes: expected.smes,
        smesNote: expected.smesNote,
        thematic: expected.thematic,
        effraDomains: [...expected.effraDomains],
      });
    }
  });

  it('shows one partner by slug, keeping its accents', async () => {
    const res = await viewer.get('/api/partners/microtec-sudwest').expect(200);
    expect(res.body).toMatchObject({
      name: 'microTEC Südwest',
      region: 'DE1',
      networkSize: 380,
      smes: 250,
      effraDomains: ['D1', 'D2', 'D3'],
    });
    const catalan = await viewer
      .get('/api/partners/cluster-digital-de-catalunya')
      .expect(200);
    expect(catalan.body.name).toBe('Clúster Digital de Catalunya');
  });

  it('answers 404 for an unknown partner and 400 for a malformed slug', async () => {
    const missing = await viewer
      .get('/api/partners/no-such-partner')
      .expect(404);
    expect(missing.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Partner "no-such-partner" not found',
    });
    const malformed = await viewer.get('/api/partners/Not_A_Slug').expect(400);
    expect(malformed.body.errors).toEqual([
      { field: 'slug', problems: [expect.stringContaining('lowercase')] },
    ]);
  });

  it('filters partners by region and kind, and pages through them', async () => {
    const catalonia = await viewer.get('/api/partners?region=ES51').expect(200);
    expect(catalonia.body.items.map((p: PartnerView) => p.slug)).toEqual([
      'eurecat',
      'cep',
      'cluster-digital-de-catalunya',
    ]);
    const centres = await viewer
      .get('/api/partners?kind=research_centre')
      .expect(200);
    expect(centres.body.items.map((p: PartnerView) => p.slug)).toEqual([
      'flanders-make',
    ]);
    const page3 = await viewer
      .get('/api/partners?pageSize=5&page=3')
      .expect(200);
    expect(page3.body).toMatchObject({ total: 12, page: 3, pageSize: 5 });
    expect(page3.body.items.map((p: PartnerView) => p.slug)).toEqual([
      'cluj-it-cluster',
      'pool-net',
    ]);
  });

  it('names every bad query parameter in one 400', async () => {
    const res = await viewer
      .get('/api/partners?page=0&pageSize=500&kind=guild&colour=red')
      .expect(400);
    expect(res.body.statusCode).toBe(400);
    expect(
      res.body.errors.map((e: { field: string }) => e.field).sort(),
    ).toEqual(['colour', 'kind', 'page', 'pageSize']);
    expect(res.body.message).toContain('colour');
  });

  it('refuses query parameters on endpoints that take none', async () => {
    const res = await viewer
      .get('/api/partnership?phase=investment')
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: 'phase', problems: ['query parameter phase is not allowed'] },
    ]);
    await viewer.get('/api/partners/afil?x=1').expect(400);
  });

  it('refuses a region filter naming no region', async () => {
    const res = await viewer.get('/api/partners?region=ZZ9').expect(400);
    expect(res.body.message).toContain('ZZ9');
    await viewer.get('/api/initiatives?region=ZZ9').expect(400);
    await viewer.get('/api/initiatives?stream=6').expect(400);
  });

  it('lists the phases in order, Preparation being current', async () => {
    const res = await viewer.get('/api/phases').expect(200);
    expect(
      res.body.items.map(
        (p: { key: string; position: number; current: boolean }) => [
          p.position,
          p.key,
          p.current,
        ],
      ),
    ).toEqual([
      [1, 'preparation', true],
      [2, 'implementation', false],
      [3, 'investment', false],
    ]);
    const partnership = await viewer.get('/api/partnership').expect(200);
    expect(partnership.body).toEqual({
      name: '4 Motors 4 Industry of the Future',
      phase: 'preparation',
      planAdoptedAt: null,
      planAdoptedBy: null,
    });
  });

  it('lists the five activity streams with their titles', async () => {
    const res = await viewer.get('/api/streams').expect(200);
    expect(
      res.body.items.map((s: { number: number; title: string }) => [
        s.number,
        s.title,
      ]),
    ).toEqual(STREAMS.map((s) => [s.number, s.title]));
  });

  it('lists the regional initiatives, filtered by region and stream', async () => {
    const all = await viewer.get('/api/initiatives').expect(200);
    expect(all.body.total).toBe(INITIATIVES.length);
    const catalanAlliances = await viewer
      .get('/api/initiatives?region=ES51&stream=1')
      .expect(200);
    expect(
      catalanAlliances.body.items.map((i: { name: string }) => i.name),
    ).toEqual([
      'Plataforma Industrial 4.0',
      'Big Data CoE',
      'DIH on High Performance Computing',
    ]);
    const bw = await viewer
      .get('/api/initiatives?region=DE1&stream=1')
      .expect(200);
    expect(bw.body.items).toEqual([
      expect.objectContaining({
        name: 'Allianz Industrie 4.0',
        regionName: 'Baden-Württemberg',
        stream: 1,
      }),
    ]);
  });

  it('lists the funding instruments with their successors', async () => {
    const res = await viewer.get('/api/funding-instruments').expect(200);
    expect(res.body.total).toBe(FUNDING_INSTRUMENTS.length);
    const h2020 = res.body.items.find(
      (f: { slug: string }) => f.slug === 'h2020',
    );
    expect(h2020).toMatchObject({
      era: 'toolbox',
      successors: ['horizon-europe'],
    });
    const interreg = res.body.items.find(
      (f: { slug: string }) => f.slug === 'interreg',
    );
    expect(interreg.successors).toHaveLength(6);
  });

  it('lists the EFFRA domains', async () => {
    const res = await viewer.get('/api/effra-domains').expect(200);
    expect(res.body.items.map((d: { code: string }) => d.code)).toEqual([
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
    ]);
  });

  it('answers unknown API routes and malformed bodies with JSON errors', async () => {
    const unknown = await viewer.get('/api/no-such-thing').expect(404);
    expect(unknown.body).toMatchObject({
      statusCode: 404,
      message: expect.any(String),
    });
    const badJson = await t
      .http()
      .post('/api/partners')
      .set('content-type', 'application/json')
      .send('{oops')
      .expect(400);
    expect(badJson.body).toMatchObject({
      statusCode: 400,
      message: expect.any(String),
    });
  });

  it('serves the OpenAPI document with every read endpoint', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/regions',
        '/api/partners',
        '/api/partners/{slug}',
        '/api/phases',
        '/api/streams',
        '/api/initiatives',
        '/api/funding-instruments',
        '/api/partnership',
        '/api/auth/login',
        '/api/users',
      ]),
    );
    expect(
      res.body.components.schemas.PartnerView.properties.effraDomains,
    ).toBeDefined();
  });

  it('seeds idempotently: a second run adds nothing and keeps later edits', async () => {
    const before = await counts();
    await t.dataSource
      .getRepository(Partner)
      .update({ slug: 'afil' }, { name: 'AFIL Lombardia' });
    await expect(t.app.get(ReferenceDataSeeder).seed()).resolves.toBe(0);
    expect(await counts()).toEqual(before);
    const afil = await viewer.get('/api/partners/afil').expect(200);
    expect(afil.body.name).toBe('AFIL Lombardia');
    await t.dataSource
      .getRepository(Partner)
      .update({ slug: 'afil' }, { name: 'AFIL' });
  });

  it('enforces foreign keys', async () => {
    await expect(
      t.dataSource.query(
        `INSERT INTO partner_effra_domains (partner_id, domain_code) VALUES (9999, 'D1')`,
      ),
    ).rejects.toThrow();
  });
});
