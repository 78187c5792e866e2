import {
  Column,
  Entity,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { FundingEra } from '@ws/domain';

@Entity('funding_instruments')
export class FundingInstrument {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 80, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 10 })
  era!: FundingEra;

  @Column({ type: 'text' })
  description!: string;

  @ManyToMany(() => FundingInstrument)
  @JoinTable({
    name: 'funding_instrument_successors',
    joinColumn: { name: 'instrument_id' },
    inverseJoinColumn: { name: 'successor_id' },
  })
  successors!: FundingInstrument[];
}
