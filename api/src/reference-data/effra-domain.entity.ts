import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { EffraDomainCode } from '@ws/domain';

@Entity('effra_domains')
export class EffraDomain {
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code!: EffraDomainCode;

  @Column({ type: 'varchar', length: 120 })
  title!: string;

  @Column({ type: 'text' })
  description!: string;
}
