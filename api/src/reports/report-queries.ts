import type { EntityManager } from 'typeorm';
import type { ActionStatus, Health, PhaseKey, StreamNumber } from '@ws/domain';
import { Action } from '../actions/action.entity';
import { StatusUpdate } from '../actions/status-update.entity';

/** What the report shows of each action, with the blockers of its latest status update. */
export interface ReportAction {
  id: number;
  code: string;
  title: string;
  stream: { number: StreamNumber };
  phase: PhaseKey;
  lead: { slug: string; name: string };
  status: ActionStatus;
  progress: number;
  health: Health;
  startDate: string | null;
  dueDate: string | null;
  lastUpdateAt: string | null;
  createdAt: string;
  latestBlockers: string | null;
}

/**
 * The live actions by code, read as plain columns: whole entities (descriptions,
 * versions) and whole histories cost far more than the report uses.
 */
export async function reportActions(
  em: EntityManager,
): Promise<ReportAction[]> {
  const rows = await em
    .createQueryBuilder(Action, 'action')
    .innerJoin('action.lead', 'lead')
    .innerJoin('action.stream', 'stream')
    .select([
      'action.id AS id',
      'action.code AS code',
      'action.title AS title',
      'stream.number AS stream',
      'action.phase AS phase',
      'lead.slug AS lead',
      'lead.name AS lead_name',
      'action.status AS status',
      'action.progress AS progress',
      'action.health AS health',
      'action.start_date AS start_date',
      'action.due_date AS due_date',
      'action.last_update_at AS last_update_at',
      'action.created_at AS created_at',
    ])
    .addSelect(
      (latest) =>
        latest
          .select('update.blockers')
          .from(StatusUpdate, 'update')
          .where('update.action_id = action.id')
          .orderBy('update.at', 'DESC')
          .addOrderBy('update.id', 'DESC')
          .limit(1),
      'latest_blockers',
    )
    .where('action.deleted_at IS NULL')
    .orderBy('action.code', 'ASC')
    .getRawMany();
  return rows.map((r) => ({
    id: Number(r.id),
    code: r.code,
    title: r.title,
    stream: { number: Number(r.stream) as StreamNumber },
    phase: r.phase,
    lead: { slug: r.lead, name: r.lead_name },
    status: r.status,
    progress: Number(r.progress),
    health: r.health,
    startDate: r.start_date,
    dueDate: r.due_date,
    lastUpdateAt: r.last_update_at,
    createdAt: r.created_at,
    latestBlockers: r.latest_blockers,
  }));
}

/** The status updates of live actions made in [start, end), oldest first. */
export function statusUpdatesBetween(
  em: EntityManager,
  start: string,
  end: string,
): Promise<StatusUpdate[]> {
  return em
    .createQueryBuilder(StatusUpdate, 'update')
    .innerJoin('update.action', 'action')
    .addSelect(['action.id', 'action.code', 'action.title'])
    .where('action.deleted_at IS NULL')
    .andWhere('update.at >= :start AND update.at < :end', { start, end })
    .orderBy('update.at', 'ASC')
    .addOrderBy('update.id', 'ASC')
    .getMany();
}
