import {
  Column,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { centsFromDatabase, type InvestmentStatus } from '@ws/domain';
import { Action } from '../actions/action.entity';
import { Partner } from '../partners/partner.entity';
import { FundingInstrument } from '../reference-data/funding-instrument.entity';
import { Region } from '../reference-data/region.entity';

/** PostgreSQL returns bigint as a string; the entity always holds whole cents as a number. */
const CENTS = {
  to: (cents: number) => cents,
  from: (value: unknown) => centsFromDatabase(value),
};

@Entity('investments')
export class Investment {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @ManyToOne(() => FundingInstrument, { nullable: false })
  @JoinColumn({ name: 'instrument_id' })
  instrument!: FundingInstrument;

  @Column({ name: 'call_name', type: 'varchar', length: 200, nullable: true })
  call!: string | null;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: CENTS })
  amountCents!: number;

  @Column({ name: 'cofinancing_cents', type: 'bigint', transformer: CENTS })
  cofinancingCents!: number;

  @Column({ type: 'varchar', length: 20 })
  status!: InvestmentStatus;

  /** YYYY-MM-DD, Brussels: the day of the latest status change */
  @Column({ name: 'status_since', type: 'varchar', length: 10 })
  statusSince!: string;

  @ManyToOne(() => Partner, { nullable: false })
  @JoinColumn({ name: 'lead_partner_id' })
  lead!: Partner;

  @ManyToMany(() => Partner)
  @JoinTable({
    name: 'investment_partners',
    joinColumn: { name: 'investment_id' },
    inverseJoinColumn: { name: 'partner_id' },
  })
  partners!: Partner[];

  @ManyToMany(() => Region)
  @JoinTable({
    name: 'investment_regions',
    joinColumn: { name: 'investment_id' },
    inverseJoinColumn: { name: 'region_id' },
  })
  regions!: Region[];

  @ManyToMany(() => Action)
  @JoinTable({
    name: 'investment_actions',
    joinColumn: { name: 'investment_id' },
    inverseJoinColumn: { name: 'action_id' },
  })
  actions!: Action[];

  /** YYYY-MM-DD */
  @Column({ type: 'varchar', length: 10, nullable: true })
  deadline!: string | null;

  /** A PATCH carries the version it read; a stale one is refused with 409. */
  @VersionColumn({ default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}
