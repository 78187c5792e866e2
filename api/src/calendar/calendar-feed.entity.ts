import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The secret that opens an account's calendar feed without signing in. */
@Entity('calendar_feeds')
export class CalendarFeed {
  @PrimaryColumn({ name: 'user_id', type: 'integer' })
  userId!: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  token!: string;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;
}
