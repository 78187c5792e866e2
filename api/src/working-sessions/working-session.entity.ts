import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { SessionSnapshotView } from '@ws/domain';
import { Action } from '../actions/action.entity';
import { Partner } from '../partners/partner.entity';
import { User } from '../users/user.entity';

@Entity('working_sessions')
export class WorkingSession {
  @PrimaryGeneratedColumn()
  id!: number;

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10 })
  date!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  place!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  link!: string | null;

  @Column({ type: 'simple-json' })
  agenda!: string[];

  /** Markdown */
  @Column({ type: 'text' })
  minutes!: string;

  @Column({ name: 'closed_at', type: 'varchar', length: 30, nullable: true })
  closedAt!: string | null;

  @Column({ name: 'closed_by', type: 'varchar', length: 120, nullable: true })
  closedBy!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;

  @OneToMany(() => SessionAttendee, (attendee) => attendee.session, {
    cascade: true,
  })
  attendees!: SessionAttendee[];

  @OneToMany(() => Decision, (decision) => decision.session, { cascade: true })
  decisions!: Decision[];
}

/** An account of the tool, or a partner organisation, at a session. */
@Entity('session_attendees')
export class SessionAttendee {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => WorkingSession, (session) => session.attendees, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'session_id' })
  session!: WorkingSession;

  @Column({ type: 'integer' })
  position!: number;

  @ManyToOne(() => User, { nullable: true })
  @JoinColumn({ name: 'user_id' })
  user!: User | null;

  @ManyToOne(() => Partner, { nullable: true })
  @JoinColumn({ name: 'partner_id' })
  partner!: Partner | null;

  @Column({ type: 'boolean', default: true })
  present!: boolean;
}

@Entity('session_decisions')
export class Decision {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => WorkingSession, (session) => session.decisions, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'session_id' })
  session!: WorkingSession;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  text!: string;

  @ManyToOne(() => Partner, { nullable: false })
  @JoinColumn({ name: 'owner_partner_id' })
  owner!: Partner;

  /** YYYY-MM-DD */
  @Column({ name: 'due_date', type: 'varchar', length: 10 })
  dueDate!: string;

  /** The action the decision creates or changes */
  @ManyToOne(() => Action, { nullable: true })
  @JoinColumn({ name: 'action_id' })
  action!: Action | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;
}

/** Written once when the session closes; never updated. */
@Entity('session_snapshots')
export class SessionSnapshot {
  @PrimaryColumn({ name: 'session_id', type: 'integer' })
  sessionId!: number;

  @Column({ name: 'taken_at', type: 'varchar', length: 30 })
  takenAt!: string;

  @Column({ type: 'simple-json' })
  figures!: SessionSnapshotView;
}
