import { type DataSource, In } from 'typeorm';
import type { InvestmentStatus } from '@ws/domain';
import { Investment } from '../src/investments/investment.entity';
import { Partner } from '../src/partners/partner.entity';
import { FundingInstrument } from '../src/reference-data/funding-instrument.entity';

export interface InvestmentSeed {
  lead?: string;
  partners?: string[];
  instrument?: string;
  status?: InvestmentStatus;
  amountCents?: number;
}

let sequence = 0;

/** Inserts an investment proposal with valid defaults; the test overrides only what it is about. */
export async function anInvestment(
  dataSource: DataSource,
  seed: InvestmentSeed = {},
): Promise<Investment> {
  sequence += 1;
  const now = '2026-11-01T09:00:00.000Z';
  const partners = dataSource.getRepository(Partner);
  return dataSource.getRepository(Investment).save({
    title: `Proposal ${sequence}`,
    instrument: await dataSource
      .getRepository(FundingInstrument)
      .findOneByOrFail({ slug: seed.instrument ?? 'erdf' }),
    call: null,
    amountCents: seed.amountCents ?? 100_000_00,
    cofinancingCents: 0,
    status: seed.status ?? 'idea',
    statusSince: '2026-11-01',
    lead: await partners.findOneByOrFail({ slug: seed.lead ?? 'plastipolis' }),
    partners: seed.partners?.length
      ? await partners.find({ where: { slug: In(seed.partners) } })
      : [],
    regions: [],
    actions: [],
    deadline: null,
    createdAt: now,
    updatedAt: now,
  });
}
