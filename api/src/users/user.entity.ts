import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Role } from '@ws/domain';
import { Partner } from '../partners/partner.entity';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Stored lowercase */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @ManyToOne(() => Partner, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id' })
  partner!: Partner | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({
    name: 'password_hash',
    type: 'varchar',
    length: 200,
    select: false,
  })
  passwordHash!: string;

  /** Raised when a password changes or an account is disabled: older tokens stop working. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;

  @Column({
    name: 'last_sign_in_at',
    type: 'varchar',
    length: 30,
    nullable: true,
  })
  lastSignInAt!: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt!: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 30 })
  updatedAt!: string;
}
