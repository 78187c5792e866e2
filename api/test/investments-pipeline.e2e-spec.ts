import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { MAX_AMOUNT_CENTS } from '@ws/domain';
import { binaryParser } from './binary-body';
import { pdfText } from './reports-pdf-text';
import {
  type AuthedClient,
  COORDINATOR,
  createTestApp,
  databaseKinds,
  FakeClock,
  type TestApp,
  VIEWER,
} from './test-app';

const INSTRUMENTS = ['horizon-europe', 'erdf', 'digital-europe'] as const;
const STATUSES = [
  'idea',
  'business_plan',
  'submitted',
  'granted',
  'rejected',
  'withdrawn',
] as const;
const LEADS = ['afil', 'cep', 'plastipolis'] as const;
const REGIONS = [['ITC4'], ['FRK', 'ITC4'], ['DE1'], []] as const;

interface Proposal {
  instrument: (typeof INSTRUMENTS)[number];
  status: (typeof STATUSES)[number];
  lead: string;
  partners: string[];
  regions: readonly string[];
  amountCents: number;
  cofinancingCents: number;
  deadline: string | null;
}

// Amounts up to €10 billion, far beyond 32-bit integers and beyond what float euros keep exact.
const proposalArbitrary = fc
  .record({
    instrument: fc.constantFrom(...INSTRUMENTS),
    status: fc.constantFrom(...STATUSES),
    lead: fc.constantFrom(...LEADS),
    partners: fc.subarray(['eurecat', 'pool-net']),
    regions: fc.constantFrom(...REGIONS),
    amountCents: fc.integer({ min: 0, max: MAX_AMOUNT_CENTS }),
    cofinancingShare: fc.double({ min: 0, max: 1, noNaN: true }),
    deadline: fc.option(
      fc.constantFrom('2026-11-24', '2026-11-25', '2026-12-31', '2027-03-15'),
      { nil: null },
    ),
  })
  .map(
    ({ cofinancingShare, ...proposal }): Proposal => ({
      ...proposal,
      cofinancingCents: Math.floor(proposal.amountCents * cofinancingShare),
    }),
  );

/** The exact figures of some proposals, added up as big integers. */
const exact = (proposals: Proposal[]) => ({
  count: proposals.length,
  amountCents: Number(
    proposals.reduce((sum, p) => sum + BigInt(p.amountCents), BigInt(0)),
  ),
  cofinancingCents: Number(
    proposals.reduce((sum, p) => sum + BigInt(p.cofinancingCents), BigInt(0)),
  ),
});

describe.each(databaseKinds())('the investment pipeline on %s', (kind) => {
  let t: TestApp;
  let viewer: AuthedClient;
  const proposals = fc.sample(proposalArbitrary, { numRuns: 40, seed: 4041 });

  beforeAll(async () => {
    const clock = new FakeClock(new Date('2026-11-25T09:00:00Z'));
    t = await createTestApp({ kind, clock });
    const coordinator = await t.as(COORDINATOR);
    viewer = await t.as(VIEWER);
    for (const [index, proposal] of proposals.entries()) {
      await coordinator
        .post('/api/investments')
        .send({ title: `Proposal ${index + 1}`, ...proposal })
        .expect(201);
    }
  }, 60_000);
  afterAll(() => t.close());

  it('adds up every proposal exactly, in whole cents', async () => {
    const pipeline = (await viewer.get('/api/investments/pipeline').expect(200))
      .body;
    expect(pipeline.total).toEqual(exact(proposals));
    expect(pipeline.total.amountCents).toBeGreaterThan(2 ** 31);
    expect(pipeline.open).toEqual(
      exact(
        proposals.filter((p) =>
          ['idea', 'business_plan', 'submitted'].includes(p.status),
        ),
      ),
    );
    expect(pipeline.granted).toEqual(
      exact(proposals.filter((p) => p.status === 'granted')),
    );
  });

  it('totals each status and each instrument by status', async () => {
    const pipeline = (await viewer.get('/api/investments/pipeline').expect(200))
      .body;
    expect(pipeline.byStatus).toEqual(
      STATUSES.map((status) => ({
        status,
        ...exact(proposals.filter((p) => p.status === status)),
      })),
    );
    const instruments = INSTRUMENTS.filter((instrument) =>
      proposals.some((p) => p.instrument === instrument),
    );
    expect(
      pipeline.byInstrument
        .map((row: { instrument: string }) => row.instrument)
        .sort(),
    ).toEqual([...instruments].sort());
    for (const row of pipeline.byInstrument) {
      const ofInstrument = proposals.filter(
        (p) => p.instrument === row.instrument,
      );
      expect(row).toMatchObject(exact(ofInstrument));
      expect(row.byStatus).toEqual(
        STATUSES.map((status) => ({
          status,
          ...exact(ofInstrument.filter((p) => p.status === status)),
        })),
      );
    }
    const amounts = pipeline.byInstrument.map(
      (row: { amountCents: number }) => row.amountCents,
    );
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it('counts a proposal in each of its regions and for each partner leading or taking part', async () => {
    const pipeline = (await viewer.get('/api/investments/pipeline').expect(200))
      .body;
    for (const code of ['ITC4', 'FRK', 'DE1'])
      expect(
        pipeline.byRegion.find(
          (row: { code: string }) => row.code === code,
        ) ?? { count: 0, amountCents: 0, cofinancingCents: 0 },
      ).toMatchObject(exact(proposals.filter((p) => p.regions.includes(code))));
    for (const slug of [...LEADS, 'eurecat', 'pool-net']) {
      const involved = proposals.filter(
        (p) => p.lead === slug || p.partners.includes(slug),
      );
      const row = pipeline.byPartner.find(
        (r: { slug: string }) => r.slug === slug,
      );
      expect(
        row ?? { count: 0, amountCents: 0, cofinancingCents: 0, leads: 0 },
      ).toMatchObject({
        ...exact(involved),
        leads: proposals.filter((p) => p.lead === slug).length,
      });
    }
  });

  it('lists the calls still ahead of the proposals being prepared, soonest first', async () => {
    const pipeline = (await viewer.get('/api/investments/pipeline').expect(200))
      .body;
    const expected = proposals
      .map((p, index) => ({ ...p, title: `Proposal ${index + 1}` }))
      .filter(
        (p) =>
          ['idea', 'business_plan'].includes(p.status) &&
          p.deadline !== null &&
          p.deadline >= '2026-11-25',
      )
      .sort((a, b) =>
        (a.deadline as string).localeCompare(b.deadline as string),
      );
    expect(
      pipeline.upcomingDeadlines.map(
        (d: { title: string; deadline: string }) => [d.deadline, d.title],
      ),
    ).toEqual(expected.slice(0, 10).map((p) => [p.deadline, p.title]));
    for (const deadline of pipeline.upcomingDeadlines)
      expect(deadline.daysLeft).toBe(
        { '2026-11-25': 0, '2026-12-31': 36, '2027-03-15': 110 }[
          deadline.deadline as string
        ],
      );
  });

  it('filters the totals by instrument, partner and region, and refuses unknown names', async () => {
    const filtered = (
      await viewer
        .get(
          '/api/investments/pipeline?instrument=erdf&partner=eurecat&region=ITC4',
        )
        .expect(200)
    ).body;
    expect(filtered.total).toEqual(
      exact(
        proposals.filter(
          (p) =>
            p.instrument === 'erdf' &&
            (p.lead === 'eurecat' || p.partners.includes('eurecat')) &&
            p.regions.includes('ITC4'),
        ),
      ),
    );
    const bad = await viewer
      .get('/api/investments/pipeline?instrument=nope&status=idea')
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'status',
    ]);
    const unknown = await viewer
      .get('/api/investments/pipeline?instrument=nope')
      .expect(400);
    expect(unknown.body.errors).toEqual([
      { field: 'instrument', problems: ['unknown instrument nope'] },
    ]);
  });

  it('is the investment pipeline of the dashboard, following its region and partner filters', async () => {
    const dashboard = (await viewer.get('/api/dashboard').expect(200)).body;
    expect(dashboard.investments).toEqual(
      (await viewer.get('/api/investments/pipeline').expect(200)).body,
    );
    const inLombardy = (
      await viewer.get('/api/dashboard?region=ITC4&partner=cep').expect(200)
    ).body;
    expect(inLombardy.investments.total).toEqual(
      exact(
        proposals.filter(
          (p) =>
            p.regions.includes('ITC4') &&
            (p.lead === 'cep' || p.partners.includes('cep')),
        ),
      ),
    );
  });

  it('fills the investment sections of the progress report', async () => {
    const markdown = (
      await viewer
        .get('/api/reports/progress?from=2026-11-01&to=2026-11-30&format=md')
        .expect(200)
    ).text;
    const section = markdown.slice(
      markdown.indexOf('## Investment pipeline'),
      markdown.indexOf('## Pipeline per instrument'),
    );
    const { count, amountCents } = exact(proposals);
    expect(section).toContain(
      `${count} proposal(s) for €${(BigInt(amountCents) / BigInt(100)).toLocaleString('en')}.${String(amountCents % 100).padStart(2, '0')}`,
    );
    expect(
      section.split('\n').filter((line) => /^\| Proposal \d+ \|/.test(line)),
    ).toHaveLength(proposals.length);
    const perInstrument = markdown.slice(
      markdown.indexOf('## Pipeline per instrument'),
    );
    expect(perInstrument).toContain('| Horizon Europe |');
  });
  it('writes the amounts of the proposals as euros in the workbook and the PDF', async () => {
    const download = (format: string) =>
      viewer
        .get(
          `/api/reports/progress?from=2026-11-01&to=2026-11-30&format=${format}`,
        )
        .buffer(true)
        .parse(binaryParser as never)
        .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('xlsx')).body);
    const sheet = workbook.getWorksheet('Investment pipeline');
    const amounts: number[] = [];
    sheet?.eachRow((row, number) => {
      if (number > 1) amounts.push(row.getCell(7).value as number);
    });
    expect(amounts.sort((a, b) => a - b)).toEqual(
      proposals.map((p) => p.amountCents / 100).sort((a, b) => a - b),
    );
    expect(sheet?.getCell('G2').numFmt).toContain('€');
    const text = await pdfText((await download('pdf')).body);
    expect(text).toContain('Pipeline per instrument');
    expect(text).toContain(`${proposals.length} proposal(s) for €`);
  }, 30_000);
});
