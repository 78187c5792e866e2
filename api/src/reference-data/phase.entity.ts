import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PhaseKey } from '@ws/domain';

@Entity('phases')
export class Phase {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 20, unique: true })
  key!: PhaseKey;

  @Column({ type: 'integer', unique: true })
  position!: number;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ type: 'text' })
  description!: string;
}
