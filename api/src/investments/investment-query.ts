import {
  Brackets,
  type EntityManager,
  In,
  type SelectQueryBuilder,
} from 'typeorm';
import type { InvestmentStatus } from '@ws/domain';
import { type FieldProblem, invalidRequest } from '../common/http/validation';
import { Partner } from '../partners/partner.entity';
import { FundingInstrument } from '../reference-data/funding-instrument.entity';
import { Region } from '../reference-data/region.entity';
import { Investment } from './investment.entity';

/** The filters of the list, the pipeline and the dashboard's pipeline panel. */
export interface InvestmentFilters {
  instrument?: string[];
  lead?: string[];
  /** Led by or taken part in by any of these partners */
  partner?: string[];
  region?: string[];
  status?: InvestmentStatus[];
  q?: string;
}

/** The filtered proposals, with their lead (`lead`) and instrument (`instrument`) joined. */
export function investmentQuery(
  em: EntityManager,
  filters: InvestmentFilters,
): SelectQueryBuilder<Investment> {
  const builder = em
    .createQueryBuilder(Investment, 'investment')
    .innerJoin('investment.lead', 'lead')
    .innerJoin('investment.instrument', 'instrument');
  if (filters.instrument?.length)
    builder.andWhere('instrument.slug IN (:...instruments)', {
      instruments: filters.instrument,
    });
  if (filters.lead?.length)
    builder.andWhere('lead.slug IN (:...leads)', { leads: filters.lead });
  if (filters.status?.length)
    builder.andWhere('investment.status IN (:...statuses)', {
      statuses: filters.status,
    });
  if (filters.partner?.length) {
    builder.andWhere(
      `(lead.slug IN (:...partners) OR EXISTS (SELECT 1 FROM investment_partners ip JOIN partners pp ON pp.id = ip.partner_id
        WHERE ip.investment_id = investment.id AND pp.slug IN (:...partners)))`,
      { partners: filters.partner },
    );
  }
  if (filters.region?.length) {
    builder.andWhere(
      `EXISTS (SELECT 1 FROM investment_regions ir JOIN regions r ON r.id = ir.region_id
        WHERE ir.investment_id = investment.id AND r.code IN (:...regions))`,
      { regions: filters.region },
    );
  }
  if (filters.q) {
    const like = `%${filters.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    builder.andWhere(
      new Brackets((where) =>
        where
          .where("LOWER(investment.title) LIKE :like ESCAPE '\\'", { like })
          .orWhere("LOWER(investment.call_name) LIKE :like ESCAPE '\\'", {
            like,
          }),
      ),
    );
  }
  return builder;
}

/** Refuses (400) filters naming instruments, partners or regions that do not exist. */
export async function assertInvestmentFiltersKnown(
  em: EntityManager,
  filters: InvestmentFilters,
): Promise<void> {
  const problems: FieldProblem[] = [];
  const check = async (
    field: keyof InvestmentFilters,
    values: string[] | undefined,
    known: (values: string[]) => Promise<string[]>,
    what: string,
  ) => {
    if (!values?.length) return;
    const found = new Set(await known(values));
    const unknown = values.filter((value) => !found.has(value));
    if (unknown.length)
      problems.push({
        field,
        problems: [`unknown ${what} ${unknown.join(', ')}`],
      });
  };
  const partnerSlugs = async (slugs: string[]) =>
    (await em.findBy(Partner, { slug: In(slugs) })).map((p) => p.slug);
  await check(
    'instrument',
    filters.instrument,
    async (slugs) =>
      (await em.findBy(FundingInstrument, { slug: In(slugs) })).map(
        (i) => i.slug,
      ),
    'instrument',
  );
  await check('lead', filters.lead, partnerSlugs, 'partner');
  await check('partner', filters.partner, partnerSlugs, 'partner');
  await check(
    'region',
    filters.region,
    async (codes) =>
      (await em.findBy(Region, { code: In(codes) })).map((r) => r.code),
    'region',
  );
  if (problems.length) throw invalidRequest(problems);
}
