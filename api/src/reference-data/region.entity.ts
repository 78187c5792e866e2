import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MembershipKind } from '@ws/domain';

@Entity('regions')
export class Region {
  @PrimaryGeneratedColumn()
  id!: number;

  /** NUTS 2021 code (ISO 3166-2 outside the EU) */
  @Column({ type: 'varchar', length: 8, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 2 })
  country!: string;

  @Column({ name: 'country_name', type: 'varchar', length: 80 })
  countryName!: string;

  @Column({ type: 'varchar', length: 20 })
  membership!: MembershipKind;
}
