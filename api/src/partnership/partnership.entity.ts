import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PhaseKey } from '@ws/domain';

// A single row: the partnership this installation tracks and its current phase.
@Entity('partnership')
export class Partnership {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  phase!: PhaseKey;

  /** ISO 8601 instant at which moving to Implementation adopted the joint action plan */
  @Column({
    name: 'plan_adopted_at',
    type: 'varchar',
    length: 30,
    nullable: true,
  })
  planAdoptedAt!: string | null;

  @Column({
    name: 'plan_adopted_by',
    type: 'varchar',
    length: 200,
    nullable: true,
  })
  planAdoptedBy!: string | null;
}

export const PARTNERSHIP_ID = 1;
