import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../users/user.entity';

// SPEC §4: every write is journaled — who, when, what, before and after.
@Entity('audit_entries')
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 30 })
  at!: string;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor!: User | null;

  /** Kept so the journal still says who after an account is gone */
  @Column({ name: 'actor_email', type: 'varchar', length: 254, nullable: true })
  actorEmail!: string | null;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 80 })
  entityId!: string;

  @Column({ type: 'text' })
  summary!: string;

  /** JSON */
  @Column({ type: 'text', nullable: true })
  before!: string | null;

  /** JSON */
  @Column({ type: 'text', nullable: true })
  after!: string | null;
}
