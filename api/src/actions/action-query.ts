import {
  Brackets,
  type EntityManager,
  In,
  type SelectQueryBuilder,
} from 'typeorm';
import {
  addCalendarDays,
  type ActionStatus,
  brusselsDate,
  DEFAULT_STALE_AFTER_DAYS,
  type Health,
  type PhaseKey,
  startOfBrusselsDay,
} from '@ws/domain';
import { invalidRequest, type FieldProblem } from '../common/http/validation';
import { Partner } from '../partners/partner.entity';
import { Region } from '../reference-data/region.entity';
import { Setting } from '../settings/setting.entity';
import { Action } from './action.entity';
import type { DerivedFactsContext } from './action.view';

export const STALE_SETTING = 'stale_after_days';

/** The filters shared by the action list and the dashboard. */
export interface ActionFilters {
  stream?: number[];
  phase?: PhaseKey[];
  status?: ActionStatus[];
  health?: Health[];
  lead?: string[];
  contributor?: string[];
  /** Led by or contributed to by any of these partners */
  partner?: string[];
  region?: string[];
  overdue?: boolean;
  stale?: boolean;
  q?: string;
}

const OPEN = "action.status NOT IN ('completed', 'cancelled')";

/** SQL for "overdue" (SPEC §2), with its :today parameter. */
export const OVERDUE_SQL = `(${OPEN} AND action.due_date IS NOT NULL AND action.due_date < :today)`;
/** SQL for "stale": more than N Brussels calendar days since the last update (or creation). */
export const STALE_SQL = `(${OPEN} AND COALESCE(action.last_update_at, action.created_at) < :staleCutoff)`;

export function derivedFactsParameters(context: DerivedFactsContext) {
  return {
    today: context.today,
    staleCutoff: startOfBrusselsDay(
      addCalendarDays(context.today, -context.staleAfterDays),
    ).toISOString(),
  };
}

export async function derivedFactsContext(
  em: EntityManager,
  now: Date,
): Promise<DerivedFactsContext> {
  const setting = await em.findOneBy(Setting, { key: STALE_SETTING });
  const staleAfterDays =
    setting && Number.isInteger(Number(setting.value))
      ? Number(setting.value)
      : DEFAULT_STALE_AFTER_DAYS;
  return { now, today: brusselsDate(now), staleAfterDays };
}

export function actionQuery(
  em: EntityManager,
  query: ActionFilters,
  context: DerivedFactsContext,
): SelectQueryBuilder<Action> {
  const builder = em
    .createQueryBuilder(Action, 'action')
    .innerJoin('action.lead', 'lead')
    .innerJoin('action.stream', 'stream')
    .where('action.deleted_at IS NULL');
  if (query.stream?.length)
    builder.andWhere('stream.number IN (:...streams)', {
      streams: query.stream,
    });
  if (query.phase?.length)
    builder.andWhere('action.phase IN (:...phases)', { phases: query.phase });
  if (query.status?.length)
    builder.andWhere('action.status IN (:...statuses)', {
      statuses: query.status,
    });
  if (query.health?.length)
    builder.andWhere('action.health IN (:...healths)', {
      healths: query.health,
    });
  if (query.lead?.length)
    builder.andWhere('lead.slug IN (:...leads)', { leads: query.lead });
  if (query.contributor?.length) {
    builder.andWhere(
      `EXISTS (SELECT 1 FROM action_contributors ac JOIN partners cp ON cp.id = ac.partner_id
        WHERE ac.action_id = action.id AND cp.slug IN (:...contributors))`,
      { contributors: query.contributor },
    );
  }
  if (query.region?.length) {
    builder.andWhere(
      `EXISTS (SELECT 1 FROM action_regions ar JOIN regions r ON r.id = ar.region_id
        WHERE ar.action_id = action.id AND r.code IN (:...regions))`,
      { regions: query.region },
    );
  }
  const parameters = derivedFactsParameters(context);
  if (query.overdue !== undefined) {
    builder.andWhere(query.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`, {
      today: parameters.today,
    });
  }
  if (query.stale !== undefined) {
    builder.andWhere(query.stale ? STALE_SQL : `NOT ${STALE_SQL}`, {
      staleCutoff: parameters.staleCutoff,
    });
  }
  if (query.partner?.length) {
    builder.andWhere(
      `(lead.slug IN (:...partners) OR EXISTS (SELECT 1 FROM action_contributors pc JOIN partners pp ON pp.id = pc.partner_id
        WHERE pc.action_id = action.id AND pp.slug IN (:...partners)))`,
      { partners: query.partner },
    );
  }
  if (query.q) {
    const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    builder.andWhere(
      new Brackets((where) =>
        where
          .where("LOWER(action.code) LIKE :like ESCAPE '\\'", { like })
          .orWhere("LOWER(action.title) LIKE :like ESCAPE '\\'", { like })
          .orWhere("LOWER(action.description) LIKE :like ESCAPE '\\'", {
            like,
          }),
      ),
    );
  }
  return builder;
}

/** Refuses (400) filters that name partners or regions that do not exist. */
export async function assertFiltersKnown(
  em: EntityManager,
  filters: Pick<ActionFilters, 'lead' | 'contributor' | 'partner' | 'region'>,
): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const field of ['lead', 'contributor', 'partner'] as const) {
    const slugs = filters[field] ?? [];
    if (!slugs.length) continue;
    const known = new Set(
      (await em.find(Partner, { where: { slug: In(slugs) } })).map(
        (p) => p.slug,
      ),
    );
    const unknown = slugs.filter((slug) => !known.has(slug));
    if (unknown.length)
      problems.push({
        field,
        problems: [`unknown partner ${unknown.join(', ')}`],
      });
  }
  if (filters.region?.length) {
    const known = new Set(
      (await em.find(Region, { where: { code: In(filters.region) } })).map(
        (r) => r.code,
      ),
    );
    const unknown = filters.region.filter((code) => !known.has(code));
    if (unknown.length)
      problems.push({
        field: 'region',
        problems: [`unknown region ${unknown.join(', ')}`],
      });
  }
  if (problems.length) throw invalidRequest(problems);
}
