import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AuditEntry } from './audit-entry.entity';

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
  constructor(private readonly clock: Clock) {}

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
}
