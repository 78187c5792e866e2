import { ApiProperty } from '@nestjs/swagger';
import type { AuditEntryView as AuditEntryContract } from '@ws/domain';
import { PageOf } from '../common/http/page.view';
import type { AuditEntry } from './audit-entry.entity';

export class AuditEntryView implements AuditEntryContract {
  @ApiProperty()
  id!: number;
  @ApiProperty({ description: 'When (ISO 8601)' })
  at!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'E-mail of the user who made the change',
  })
  actor!: string | null;
  @ApiProperty({ example: 'update' })
  action!: string;
  @ApiProperty({ example: 'user' })
  entityType!: string;
  @ApiProperty()
  entityId!: string;
  @ApiProperty()
  summary!: string;
  @ApiProperty({ nullable: true, description: 'The entity before the change' })
  before!: unknown;
  @ApiProperty({ nullable: true, description: 'The entity after the change' })
  after!: unknown;
}

export class AuditEntryPage extends PageOf(AuditEntryView) {}

export function toAuditEntryView(entry: AuditEntry): AuditEntryView {
  return {
    id: entry.id,
    at: entry.at,
    actor: entry.actorEmail,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    summary: entry.summary,
    before: entry.before === null ? null : JSON.parse(entry.before),
    after: entry.after === null ? null : JSON.parse(entry.after),
  };
}
