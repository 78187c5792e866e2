import {
  Column,
  Entity,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { PartnerKind } from '@ws/domain';
import { EffraDomain } from '../reference-data/effra-domain.entity';
import { Region } from '../reference-data/region.entity';

@Entity('partners')
export class Partner {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 80, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Column({ name: 'full_name', type: 'varchar', length: 240 })
  fullName!: string;

  @ManyToOne(() => Region, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region!: Region;

  @Column({ type: 'varchar', length: 20 })
  kind!: PartnerKind;

  @Column({ type: 'boolean', default: false })
  coordinator!: boolean;

  @Column({ name: 'network_size', type: 'integer', nullable: true })
  networkSize!: number | null;

  @Column({ name: 'network_size_note', type: 'text', nullable: true })
  networkSizeNote!: string | null;

  @Column({ type: 'integer', nullable: true })
  smes!: number | null;

  @Column({ name: 'smes_note', type: 'text', nullable: true })
  smesNote!: string | null;

  @Column({ type: 'text' })
  thematic!: string;

  /** ISO 8601 instant; a retired partner keeps its history but leads nothing new */
  @Column({ name: 'retired_at', type: 'varchar', length: 30, nullable: true })
  retiredAt!: string | null;

  @ManyToMany(() => EffraDomain)
  @JoinTable({
    name: 'partner_effra_domains',
    joinColumn: { name: 'partner_id' },
    inverseJoinColumn: { name: 'domain_code', referencedColumnName: 'code' },
  })
  effraDomains!: EffraDomain[];
}
