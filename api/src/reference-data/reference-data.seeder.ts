import { Injectable, Logger } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
} from 'typeorm';
import {
  EFFRA_DOMAINS,
  FUNDING_INSTRUMENTS,
  INITIATIVES,
  PARTNERS,
  PHASES,
  REGIONS,
  STREAMS,
} from '@ws/domain';
import { Partner } from '../partners/partner.entity';
import { PARTNERSHIP_ID, Partnership } from '../partnership/partnership.entity';
import { EffraDomain } from './effra-domain.entity';
import { FundingInstrument } from './funding-instrument.entity';
import { Initiative } from './initiative.entity';
import { Phase } from './phase.entity';
import { Region } from './region.entity';
import { Stream } from './stream.entity';

export const PARTNERSHIP_NAME = '4 Motors 4 Industry of the Future';

/**
 * Loads the concept note's reference data. Rows are matched by their public key
 * and only missing ones are inserted, so a restart never duplicates anything and
 * never undoes a coordinator's later edit (a renamed or retired partner stays so).
 */
@Injectable()
export class ReferenceDataSeeder {
  private readonly logger = new Logger(ReferenceDataSeeder.name);

  constructor(private readonly dataSource: DataSource) {}

  async seed(): Promise<number> {
    const added = await this.dataSource.transaction(async (em) => {
      let count = 0;
      const track = <T>(result: { all: Map<string, T>; added: number }) => {
        count += result.added;
        return result.all;
      };
      const regions = track(
        await insertMissing(
          em,
          Region,
          'code',
          REGIONS.map((r) => ({ ...r })),
        ),
      );
      const domains = track(
        await insertMissing(
          em,
          EffraDomain,
          'code',
          EFFRA_DOMAINS.map((d) => ({ ...d })),
        ),
      );
      track(
        await insertMissing(
          em,
          Phase,
          'key',
          PHASES.map((p) => ({ ...p })),
        ),
      );
      const streams = track(
        await insertMissing(
          em,
          Stream,
          'number',
          STREAMS.map((s) => ({ ...s })),
        ),
      );
      track(
        await insertMissing(
          em,
          Initiative,
          'slug',
          INITIATIVES.map((i) => ({
            slug: i.slug,
            name: i.name,
            description: i.description,
            region: required(regions, i.regionCode),
            stream: required(streams, String(i.stream)),
          })),
        ),
      );
      track(
        await insertMissing(
          em,
          Partner,
          'slug',
          PARTNERS.map(({ regionCode, effraDomains, ...partner }) => ({
            ...partner,
            region: required(regions, regionCode),
            effraDomains: effraDomains.map((code) => required(domains, code)),
            retiredAt: null,
          })),
        ),
      );
      count += await this.seedFundingInstruments(em);
      if (!(await em.existsBy(Partnership, { id: PARTNERSHIP_ID }))) {
        await em.insert(Partnership, {
          id: PARTNERSHIP_ID,
          name: PARTNERSHIP_NAME,
          phase: 'preparation',
          planAdoptedAt: null,
          planAdoptedBy: null,
        });
        count += 1;
      }
      return count;
    });
    this.logger.log(
      added
        ? `Reference data: ${added} rows added`
        : 'Reference data: up to date',
    );
    return added;
  }

  private async seedFundingInstruments(em: EntityManager): Promise<number> {
    const { all, added } = await insertMissing(
      em,
      FundingInstrument,
      'slug',
      FUNDING_INSTRUMENTS.map(({ slug, name, era, description }) => ({
        slug,
        name,
        era,
        description,
      })),
    );
    for (const instrument of FUNDING_INSTRUMENTS.filter(
      (f) => f.successors.length,
    )) {
      const entity = required(all, instrument.slug);
      const current = await em.getRepository(FundingInstrument).findOne({
        where: { id: entity.id },
        relations: { successors: true },
      });
      if (current && current.successors.length === 0) {
        current.successors = instrument.successors.map((slug) =>
          required(all, slug),
        );
        await em.save(current);
      }
    }
    return added;
  }
}

async function insertMissing<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  key: keyof T & string,
  rows: Partial<T>[],
): Promise<{ all: Map<string, T>; added: number }> {
  const repository = em.getRepository(entity);
  const existing = new Map(
    (await repository.find()).map((row) => [String(row[key]), row]),
  );
  const missing = rows.filter((row) => !existing.has(String(row[key])));
  const saved = missing.length ? await repository.save(missing as T[]) : [];
  for (const row of saved) existing.set(String(row[key]), row);
  return { all: existing, added: saved.length };
}

function required<T>(rows: Map<string, T>, key: string): T {
  const row = rows.get(key);
  if (!row) throw new Error(`Reference data refers to an unknown key: ${key}`);
  return row;
}
