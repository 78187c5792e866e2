import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { InvestmentStatus } from '@ws/domain';
import { User } from '../users/user.entity';
import { Investment } from './investment.entity';

// The dated history of a proposal's status, never edited or deleted.
@Entity('investment_status_changes')
export class InvestmentStatusChange {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Investment, { nullable: false })
  @JoinColumn({ name: 'investment_id' })
  investment!: Investment;

  @Column({ type: 'varchar', length: 30 })
  at!: string;

  /** Null for the proposal's creation */
  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  from!: InvestmentStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  to!: InvestmentStatus;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author!: User | null;

  @Column({ name: 'author_name', type: 'varchar', length: 120 })
  authorName!: string;

  @Column({ type: 'varchar', length: 160, nullable: true })
  organisation!: string | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}
