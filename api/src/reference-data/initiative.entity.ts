import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Region } from './region.entity';
import { Stream } from './stream.entity';

@Entity('initiatives')
export class Initiative {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 80, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @ManyToOne(() => Region, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region!: Region;

  @ManyToOne(() => Stream, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stream_id' })
  stream!: Stream;

  @Column({ type: 'text', nullable: true })
  description!: string | null;
}
