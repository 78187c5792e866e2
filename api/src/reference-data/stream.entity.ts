import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StreamNumber } from '@ws/domain';

@Entity('streams')
export class Stream {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer', unique: true })
  number!: StreamNumber;

  @Column({ type: 'varchar', length: 8, unique: true })
  code!: string;

  @Column({ name: 'short_title', type: 'varchar', length: 80 })
  shortTitle!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;
}
