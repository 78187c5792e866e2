import {
  Column,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import type { ActionStatus, Health, PhaseKey } from '@ws/domain';
import { Partner } from '../partners/partner.entity';
import { Region } from '../reference-data/region.entity';
import { Stream } from '../reference-data/stream.entity';
import { Indicator } from './indicator.entity';
import { Milestone } from './milestone.entity';

@Entity('actions')
export class Action {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 20, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @ManyToOne(() => Stream, { nullable: false })
  @JoinColumn({ name: 'stream_id' })
  stream!: Stream;

  @Column({ type: 'varchar', length: 20 })
  phase!: PhaseKey;

  @ManyToOne(() => Partner, { nullable: false })
  @JoinColumn({ name: 'lead_partner_id' })
  lead!: Partner;

  @ManyToMany(() => Partner)
  @JoinTable({
    name: 'action_contributors',
    joinColumn: { name: 'action_id' },
    inverseJoinColumn: { name: 'partner_id' },
  })
  contributors!: Partner[];

  @ManyToMany(() => Region)
  @JoinTable({
    name: 'action_regions',
    joinColumn: { name: 'action_id' },
    inverseJoinColumn: { name: 'region_id' },
  })
  regions!: Region[];

  /** YYYY-MM-DD */
  @Column({ name: 'start_date', type: 'varchar', length: 10, nullable: true })
  startDate!: string | null;

  /** YYYY-MM-DD */
  @Column({ name: 'due_date', type: 'varchar', length: 10, nullable: true })
  dueDate!: string | null;

  @Column({ type: 'varchar', length: 20 })
  status!: ActionStatus;

  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Column({ type: 'varchar', length: 10 })
  health!: Health;

  /** SPEC §4: a PATCH carries the version it read; a stale one is refused with 409. */
  @VersionColumn({ default: 1 })
  version!: number;

  @Column({
    name: 'last_update_at',
    type: 'varchar',
    length: 30,
    nullable: true,
  })
  lastUpdateAt!: string | null;

  @Column({ name: 'deleted_at', type: 'varchar', length: 30, nullable: true })
  deletedAt!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;

  @OneToMany(() => Milestone, (milestone) => milestone.action, {
    cascade: true,
  })
  milestones!: Milestone[];

  @OneToMany(() => Indicator, (indicator) => indicator.action, {
    cascade: true,
  })
  indicators!: Indicator[];
}
