import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type {
  MailFrequency,
  MailKind,
  MailState,
  NotificationKind,
  NotificationLanguage,
} from '@ws/domain';
import { User } from '../users/user.entity';

@Entity('notifications')
export class Notification {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: User;

  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @Column({ type: 'varchar', length: 30 })
  kind!: NotificationKind;

  /** JSON: the facts the message is written from */
  @Column({ type: 'text' })
  data!: string;

  @Column({ type: 'varchar', length: 300 })
  path!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'read_at', type: 'varchar', length: 30, nullable: true })
  readAt!: string | null;

  @Column({ name: 'awaiting_digest', type: 'boolean', default: false })
  awaitingDigest!: boolean;
}

@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'integer' })
  userId!: number;

  @Column({ type: 'boolean', default: true })
  email!: boolean;

  @Column({ name: 'weekly_digest', type: 'boolean', default: true })
  weeklyDigest!: boolean;

  @Column({ name: 'comments_and_decisions', type: 'varchar', length: 10 })
  commentsAndDecisions!: MailFrequency;

  @Column({ type: 'varchar', length: 2 })
  language!: NotificationLanguage;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}

/** A time-based fact (an overdue action, a broken rule…) already notified. */
@Entity('notification_facts')
export class NotificationFact {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key!: string;

  @Column({ name: 'notified_at', type: 'varchar', length: 30 })
  notifiedAt!: string;
}

@Entity('mail_outbox')
export class OutboxMail {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 30 })
  kind!: MailKind;

  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId!: number | null;

  @Column({ type: 'varchar', length: 254 })
  recipient!: string;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody!: string;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, unique: true })
  dedupeKey!: string;

  @Column({ type: 'varchar', length: 10 })
  state!: MailState;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({
    name: 'next_attempt_at',
    type: 'varchar',
    length: 30,
    nullable: true,
  })
  nextAttemptAt!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'sent_at', type: 'varchar', length: 30, nullable: true })
  sentAt!: string | null;
}
