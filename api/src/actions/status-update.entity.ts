import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ActionStatus, Health } from '@ws/domain';
import { User } from '../users/user.entity';
import { Action } from './action.entity';

// SPEC §2: the history of an action, never edited or deleted.
@Entity('status_updates')
export class StatusUpdate {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Action, { nullable: false })
  @JoinColumn({ name: 'action_id' })
  action!: Action;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author!: User | null;

  @Column({ name: 'author_name', type: 'varchar', length: 120 })
  authorName!: string;

  @Column({ type: 'varchar', length: 160, nullable: true })
  organisation!: string | null;

  @Column({ type: 'varchar', length: 30 })
  at!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: ActionStatus;

  @Column({ type: 'integer' })
  progress!: number;

  @Column({ type: 'varchar', length: 10 })
  health!: Health;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'next_steps', type: 'text', nullable: true })
  nextSteps!: string | null;

  @Column({ type: 'text', nullable: true })
  blockers!: string | null;
}
