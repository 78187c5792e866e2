import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { id, integer, reference, text, varchar } from './schema-builder';

export class Accounts1764000100000 implements MigrationInterface {
  name = 'Accounts1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          id,
          varchar('email', 254, { isUnique: true }),
          varchar('display_name', 120),
          varchar('role', 20),
          integer('partner_id', { isNullable: true }),
          { name: 'active', type: 'boolean', isNullable: false, default: true },
          varchar('password_hash', 200),
          integer('token_version', { default: 0 }),
          varchar('last_sign_in_at', 30, { isNullable: true }),
          varchar('created_at', 30),
          varchar('updated_at', 30),
        ],
        foreignKeys: [reference('partner_id', 'partners')],
        indices: [{ columnNames: ['partner_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'settings',
        columns: [varchar('key', 80, { isPrimary: true }), text('value')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          id,
          varchar('at', 30),
          integer('actor_id', { isNullable: true }),
          varchar('actor_email', 254, { isNullable: true }),
          varchar('action', 40),
          varchar('entity_type', 40),
          varchar('entity_id', 80),
          text('summary'),
          text('before', true),
          text('after', true),
        ],
        foreignKeys: [reference('actor_id', 'users', 'SET NULL')],
        indices: [
          { columnNames: ['entity_type', 'entity_id'] },
          { columnNames: ['at'] },
          { columnNames: ['actor_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entries');
    await queryRunner.dropTable('settings');
    await queryRunner.dropTable('users');
  }
}
