import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Action } from './action.entity';

@Entity('milestones')
export class Milestone {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Action, (action) => action.milestones, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'action_id' })
  action!: Action;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'due_date', type: 'varchar', length: 10 })
  dueDate!: string;

  @Column({ name: 'done_date', type: 'varchar', length: 10, nullable: true })
  doneDate!: string | null;
}
