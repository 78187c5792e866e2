import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { addCalendarDays, type Page, startOfBrusselsDay } from '@ws/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Clock } from '../common/clock';
import { pageRequest, toPage } from '../common/http/pagination';
import { invalidRequest } from '../common/http/validation';
import { AuditEntry } from './audit-entry.entity';
import type { AuditQueryDto } from './audit.dto';
import { type AuditEntryView, toAuditEntryView } from './audit.view';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | number;
  summary: string;
  before?: unknown;
  after?: unknown;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  /** Journals a write inside the transaction that makes it, so both commit or neither. */
  async record(
    em: EntityManager,
    actor: AuthenticatedUser | null,
    record: AuditRecord,
  ): Promise<void> {
    await em.insert(AuditEntry, {
      at: this.clock.now().toISOString(),
      actor: actor ? { id: actor.id } : null,
      actorEmail: actor?.email ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: String(record.entityId),
      summary: record.summary,
      before:
        record.before === undefined ? null : JSON.stringify(record.before),
      after: record.after === undefined ? null : JSON.stringify(record.after),
    });
  }

  /** The journal, newest first; the period is in Brussels calendar days, both included. */
  async list(query: AuditQueryDto): Promise<Page<AuditEntryView>> {
    if (query.from && query.to && query.to < query.from) {
      throw invalidRequest([
        { field: 'to', problems: ['to must not be before from'] },
      ]);
    }
    const request = pageRequest(query, AUDIT_PAGE_SIZE);
    const builder = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('entry')
      .orderBy('entry.id', 'DESC')
      .skip(request.skip)
      .take(request.take);
    if (query.entity)
      builder.andWhere('entry.entityType = :entity', { entity: query.entity });
    if (query.entityId)
      builder.andWhere('entry.entityId = :entityId', {
        entityId: query.entityId,
      });
    if (query.user)
      builder.andWhere('entry.actorEmail = :user', {
        user: query.user.toLowerCase(),
      });
    if (query.from)
      builder.andWhere('entry.at >= :from', {
        from: startOfBrusselsDay(query.from).toISOString(),
      });
    if (query.to) {
      builder.andWhere('entry.at < :until', {
        until: startOfBrusselsDay(addCalendarDays(query.to, 1)).toISOString(),
      });
    }
    const [entries, total] = await builder.getManyAndCount();
    return toPage(entries.map(toAuditEntryView), total, request);
  }
}
