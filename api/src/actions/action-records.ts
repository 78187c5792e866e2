import type { EntityManager } from 'typeorm';
import { sqlRows } from '../common/database/sql-rows';
import type { Partner } from '../partners/partner.entity';
import type { Region } from '../reference-data/region.entity';
import type { Stream } from '../reference-data/stream.entity';
import type { Action } from './action.entity';
import type { Indicator } from './indicator.entity';
import type { Milestone } from './milestone.entity';

/** What an action's view is made of: an Action entity with its relations, or a record read below. */
export type ActionRecord = Pick<
  Action,
  | 'id'
  | 'code'
  | 'title'
  | 'description'
  | 'phase'
  | 'startDate'
  | 'dueDate'
  | 'status'
  | 'progress'
  | 'health'
  | 'version'
  | 'lastUpdateAt'
  | 'createdAt'
  | 'updatedAt'
> & {
  stream: Pick<Stream, 'number'>;
  lead: Pick<Partner, 'slug' | 'name'>;
  contributors: Pick<Partner, 'slug'>[];
  regions: Pick<Region, 'code'>[];
  milestones: Pick<
    Milestone,
    'id' | 'position' | 'title' | 'dueDate' | 'doneDate'
  >[];
  indicators: Pick<
    Indicator,
    'id' | 'position' | 'name' | 'unit' | 'baseline' | 'target' | 'actual'
  >[];
};

type ActionRow = Omit<
  ActionRecord,
  'stream' | 'lead' | 'contributors' | 'regions' | 'milestones' | 'indicators'
> & { stream: Stream['number']; leadSlug: string; leadName: string };
type Owned<T> = T & { actionId: number };

/**
 * The records of the live actions among `ids`, in five queries whatever their number,
 * without building entities: list pages and action pages are read far more often than
 * actions are written.
 */
export async function readActionRecords(
  em: EntityManager,
  which: readonly number[] | 'all live',
): Promise<Map<number, ActionRecord>> {
  if (which !== 'all live' && !which.length) return new Map();
  const parameters = which === 'all live' ? {} : { ids: which };
  // A plan of many thousand actions is read whole without a list of ids to send.
  const ofActions = (column: string) =>
    which === 'all live'
      ? `${column} IN (SELECT id FROM actions WHERE deleted_at IS NULL)`
      : `${column} IN (:...ids)`;
  const [actions, contributors, regions, milestones, indicators] =
    await Promise.all([
      sqlRows<ActionRow>(
        em,
        `SELECT a.id, a.code, a.title, a.description, a.phase,
                a.start_date AS "startDate", a.due_date AS "dueDate", a.status,
                a.progress, a.health, a.version, a.last_update_at AS "lastUpdateAt",
                a.created_at AS "createdAt", a.updated_at AS "updatedAt",
                s.number AS stream, p.slug AS "leadSlug", p.name AS "leadName"
           FROM actions a
           JOIN streams s ON s.id = a.stream_id
           JOIN partners p ON p.id = a.lead_partner_id
          WHERE ${ofActions('a.id')} AND a.deleted_at IS NULL`,
        parameters,
      ),
      sqlRows<Owned<{ slug: string }>>(
        em,
        `SELECT ac.action_id AS "actionId", p.slug
           FROM action_contributors ac JOIN partners p ON p.id = ac.partner_id
          WHERE ${ofActions('ac.action_id')}`,
        parameters,
      ),
      sqlRows<Owned<{ code: string }>>(
        em,
        `SELECT ar.action_id AS "actionId", r.code
           FROM action_regions ar JOIN regions r ON r.id = ar.region_id
          WHERE ${ofActions('ar.action_id')}`,
        parameters,
      ),
      sqlRows<Owned<ActionRecord['milestones'][number]>>(
        em,
        `SELECT action_id AS "actionId", id, position, title,
                due_date AS "dueDate", done_date AS "doneDate"
           FROM milestones WHERE ${ofActions('action_id')}`,
        parameters,
      ),
      sqlRows<Owned<ActionRecord['indicators'][number]>>(
        em,
        `SELECT action_id AS "actionId", id, position, name, unit, baseline, target, actual
           FROM indicators WHERE ${ofActions('action_id')}`,
        parameters,
      ),
    ]);
  const records = new Map<number, ActionRecord>(
    actions.map(({ stream, leadSlug, leadName, ...action }) => [
      action.id,
      {
        ...action,
        stream: { number: stream },
        lead: { slug: leadSlug, name: leadName },
        contributors: [],
        regions: [],
        milestones: [],
        indicators: [],
      },
    ]),
  );
  const attach = <
    K extends 'contributors' | 'regions' | 'milestones' | 'indicators',
  >(
    key: K,
    rows: Owned<ActionRecord[K][number]>[],
  ) => {
    for (const { actionId, ...row } of rows)
      (records.get(actionId)?.[key] as unknown[] | undefined)?.push(row);
  };
  attach('contributors', contributors);
  attach('regions', regions);
  attach('milestones', milestones);
  attach('indicators', indicators);
  return records;
}
