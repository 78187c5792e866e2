import { type EntityManager, In } from 'typeorm';
import type { InvestmentStatus } from '@ws/domain';
import { Action } from '../actions/action.entity';
import { InvestmentStatusChange } from '../investments/investment-status-change.entity';
import { Investment } from '../investments/investment.entity';
import { Partner } from '../partners/partner.entity';
import { FundingInstrument } from '../reference-data/funding-instrument.entity';
import { Region } from '../reference-data/region.entity';
import type { User } from '../users/user.entity';
import type { DemoDay } from './demo-plan';

/** One step of a proposal's history: the day (from the first start) and the status reached. */
interface DemoStatusStep {
  day: DemoDay;
  status: InvestmentStatus;
  comment?: string;
}

export interface DemoInvestment {
  title: string;
  instrument: string;
  call: string | null;
  /** Whole euros, for legibility; stored as cents */
  amountEuros: number;
  cofinancingEuros: number;
  lead: string;
  partners: readonly string[];
  regions: readonly string[];
  actions: readonly string[];
  deadline: DemoDay | null;
  /** The first step is the creation */
  history: readonly DemoStatusStep[];
}

// The partnership's Investment phase: proposals prepared from the actions of streams 4
// and 5, across the current instruments and every stage of the pipeline.
export const DEMO_INVESTMENTS: readonly DemoInvestment[] = [
  {
    title: 'Shared pilot line on hybrid plastics processes',
    instrument: 'erdf',
    call: 'I3 Instrument — Strand 1, interregional innovation investments',
    amountEuros: 6_800_000,
    cofinancingEuros: 2_040_000,
    lead: 'plastipolis',
    partners: ['viameca', 'pool-net', 'cep'],
    regions: ['FRK', 'PT16', 'ES51'],
    actions: ['S4-05'],
    deadline: 75,
    history: [
      { day: -35, status: 'idea' },
      {
        day: -8,
        status: 'business_plan',
        comment: 'The technical centres confirmed their investment needs.',
      },
    ],
  },
  {
    title: 'Digital twins for SME machine builders',
    instrument: 'horizon-europe',
    call: 'HORIZON-CL4-2026-TWIN-TRANSITION-01',
    amountEuros: 4_950_000,
    cofinancingEuros: 990_000,
    lead: 'eurecat',
    partners: ['afil', 'flanders-make', 'microtec-sudwest'],
    regions: ['ES51', 'ITC4', 'BE2', 'DE1'],
    actions: ['S5-06'],
    deadline: -20,
    history: [
      { day: -120, status: 'idea' },
      { day: -70, status: 'business_plan' },
      {
        day: -21,
        status: 'submitted',
        comment: 'Submitted with eleven partners from five regions.',
      },
    ],
  },
  {
    title: 'Cross-border testing and experimentation facility for edge AI',
    instrument: 'digital-europe',
    call: 'DIGITAL-2026-AI-TEF-02',
    amountEuros: 3_200_000,
    cofinancingEuros: 1_600_000,
    lead: 'minalogic',
    partners: ['cluster-digital-de-catalunya', 'cluj-it-cluster'],
    regions: ['FRK', 'ES51', 'RO11'],
    actions: ['S5-06'],
    deadline: 40,
    history: [{ day: -25, status: 'idea' }],
  },
  {
    title: 'Co-investment fund for Industry 4.0 scale-ups',
    instrument: 'investeu',
    call: null,
    amountEuros: 12_500_000,
    cofinancingEuros: 5_000_000,
    lead: 'bwcon',
    partners: ['microtec-sudwest', 'cluj-it-cluster'],
    regions: ['DE1', 'RO11'],
    actions: ['S4-06'],
    deadline: null,
    history: [{ day: -15, status: 'idea' }],
  },
  {
    title: 'Smart manufacturing alliance of the Alpine regions',
    instrument: 'interreg-alpine-space',
    call: 'Alpine Space 2021-2027, third call',
    amountEuros: 2_100_000,
    cofinancingEuros: 315_000,
    lead: 'afil',
    partners: ['plastipolis', 'microtec-sudwest'],
    regions: ['ITC4', 'FRK', 'DE1'],
    actions: [],
    deadline: -140,
    history: [
      { day: -230, status: 'idea' },
      { day: -190, status: 'business_plan' },
      { day: -141, status: 'submitted' },
      {
        day: -45,
        status: 'granted',
        comment: 'Granted in full; the project starts in January.',
      },
    ],
  },
  {
    title: 'Interregional capacity building on Industry 4.0 policies',
    instrument: 'interreg-europe',
    call: 'Interreg Europe, fourth call',
    amountEuros: 1_650_000,
    cofinancingEuros: 247_500,
    lead: 'pool-net',
    partners: ['cep', 'flanders-make'],
    regions: ['PT16', 'ES51', 'BE2'],
    actions: [],
    deadline: -100,
    history: [
      { day: -200, status: 'idea' },
      { day: -101, status: 'submitted' },
      {
        day: -30,
        status: 'rejected',
        comment: 'Scored 3.1 out of 5; too close to an ongoing project.',
      },
    ],
  },
  {
    title: 'Photonics for flexible manufacturing lines',
    instrument: 'horizon-europe',
    call: 'HORIZON-CL4-2027-RESILIENCE-01',
    amountEuros: 3_750_000,
    cofinancingEuros: 750_000,
    lead: 'flanders-make',
    partners: ['minalogic', 'eurecat'],
    regions: ['BE2', 'FRK', 'ES51'],
    actions: [],
    deadline: 120,
    history: [
      { day: -60, status: 'idea' },
      {
        day: -5,
        status: 'business_plan',
        comment: 'Consortium agreed; writing the impact section.',
      },
    ],
  },
  {
    title: 'Cluster support for SME internationalisation in Canada',
    instrument: 'single-market-programme',
    call: 'SMP-COSME-2026-CLUSTER-01',
    amountEuros: 640_000,
    cofinancingEuros: 160_000,
    lead: 'viameca',
    partners: ['cep'],
    regions: ['FRK', 'CA-QC'],
    actions: [],
    deadline: -60,
    history: [
      { day: -150, status: 'idea' },
      { day: -95, status: 'business_plan' },
      {
        day: -62,
        status: 'withdrawn',
        comment:
          'The call changed its eligibility rules; we will apply next year.',
      },
    ],
  },
];

export interface DemoInvestmentContext {
  date: (day: DemoDay) => string;
  instant: (day: DemoDay, hour: number) => string;
  /** The editor of the lead partner writes the history; the coordinator otherwise */
  authorOf: (partner: Partner) => {
    author: User | null;
    authorName: string;
    organisation: string;
  };
}

/** Inserts the demo proposals and their histories; those naming what no longer exists are left out. */
export async function insertDemoInvestments(
  em: EntityManager,
  context: DemoInvestmentContext,
): Promise<number> {
  const [instruments, partners, regions, actions] = await Promise.all([
    em.findBy(FundingInstrument, {
      slug: In(DEMO_INVESTMENTS.map((i) => i.instrument)),
    }),
    em.find(Partner),
    em.find(Region),
    em.findBy(Action, { code: In(DEMO_INVESTMENTS.flatMap((i) => i.actions)) }),
  ]);
  const pick = <T>(
    rows: T[],
    key: (row: T) => string,
    keys: readonly string[],
  ) => rows.filter((row) => keys.includes(key(row)));
  let inserted = 0;
  for (const demo of DEMO_INVESTMENTS) {
    const instrument = instruments.find((i) => i.slug === demo.instrument);
    const lead = partners.find((p) => p.slug === demo.lead);
    if (!instrument || !lead) continue;
    const first = demo.history[0];
    const last = demo.history[demo.history.length - 1];
    const saved = await em.save(
      em.create(Investment, {
        title: demo.title,
        instrument,
        call: demo.call,
        amountCents: demo.amountEuros * 100,
        cofinancingCents: demo.cofinancingEuros * 100,
        status: last.status,
        statusSince: context.date(last.day),
        lead,
        partners: pick(partners, (p) => p.slug, demo.partners),
        regions: pick(regions, (r) => r.code, demo.regions),
        actions: pick(actions, (a) => a.code, demo.actions),
        deadline: demo.deadline === null ? null : context.date(demo.deadline),
        createdAt: context.instant(first.day, 10),
        updatedAt: context.instant(last.day, 11),
      }),
    );
    await em.insert(
      InvestmentStatusChange,
      demo.history.map((step, n) => ({
        investment: saved,
        at: context.instant(step.day, n === 0 ? 10 : 11),
        from: n === 0 ? null : demo.history[n - 1].status,
        to: step.status,
        ...context.authorOf(lead),
        comment: step.comment ?? null,
      })),
    );
    inserted += 1;
  }
  return inserted;
}
