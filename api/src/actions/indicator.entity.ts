import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Action } from './action.entity';

@Entity('indicators')
export class Indicator {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Action, (action) => action.indicators, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'action_id' })
  action!: Action;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  unit!: string;

  @Column({ type: 'real', nullable: true })
  baseline!: number | null;

  @Column({ type: 'real', nullable: true })
  target!: number | null;

  @Column({ type: 'real', nullable: true })
  actual!: number | null;
}
