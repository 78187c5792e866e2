import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../users/user.entity';
import { Action } from './action.entity';

@Entity('action_comments')
export class ActionComment {
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

  @Column({ type: 'text' })
  body!: string;
}
