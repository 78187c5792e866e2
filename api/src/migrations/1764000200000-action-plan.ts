import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { id, integer, real, reference, text, varchar } from './schema-builder';

// SPEC §2: actions with their contributors, regions, milestones and indicators, and
// the append-only history of status updates and comments.
export class ActionPlan1764000200000 implements MigrationInterface {
  name = 'ActionPlan1764000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'actions',
        columns: [
          id,
          varchar('code', 20, { isUnique: true }),
          varchar('title', 200),
          text('description'),
          integer('stream_id'),
          varchar('phase', 20),
          integer('lead_partner_id'),
          varchar('start_date', 10, { isNullable: true }),
          varchar('due_date', 10, { isNullable: true }),
          varchar('status', 20),
          integer('progress', { default: 0 }),
          varchar('health', 10),
          integer('version', { default: 1 }),
          varchar('last_update_at', 30, { isNullable: true }),
          // Deleted actions keep their history and their code; they leave every list and rule.
          varchar('deleted_at', 30, { isNullable: true }),
          varchar('created_at', 30),
          varchar('updated_at', 30),
        ],
        foreignKeys: [
          reference('stream_id', 'streams'),
          reference('lead_partner_id', 'partners'),
        ],
        indices: [
          { columnNames: ['stream_id'] },
          { columnNames: ['lead_partner_id'] },
          { columnNames: ['phase'] },
          { columnNames: ['status'] },
          { columnNames: ['due_date'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'action_contributors',
        columns: [
          integer('action_id', { isPrimary: true }),
          integer('partner_id', { isPrimary: true }),
        ],
        foreignKeys: [
          reference('action_id', 'actions', 'CASCADE'),
          reference('partner_id', 'partners'),
        ],
        indices: [{ columnNames: ['partner_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'action_regions',
        columns: [
          integer('action_id', { isPrimary: true }),
          integer('region_id', { isPrimary: true }),
        ],
        foreignKeys: [
          reference('action_id', 'actions', 'CASCADE'),
          reference('region_id', 'regions'),
        ],
        indices: [{ columnNames: ['region_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'milestones',
        columns: [
          id,
          integer('action_id'),
          integer('position'),
          varchar('title', 200),
          varchar('due_date', 10),
          varchar('done_date', 10, { isNullable: true }),
        ],
        foreignKeys: [reference('action_id', 'actions', 'CASCADE')],
        indices: [
          { columnNames: ['action_id'] },
          { columnNames: ['due_date'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'indicators',
        columns: [
          id,
          integer('action_id'),
          integer('position'),
          varchar('name', 200),
          varchar('unit', 40),
          real(queryRunner, 'baseline'),
          real(queryRunner, 'target'),
          real(queryRunner, 'actual'),
        ],
        foreignKeys: [reference('action_id', 'actions', 'CASCADE')],
        indices: [{ columnNames: ['action_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'status_updates',
        columns: [
          id,
          integer('action_id'),
          integer('author_id', { isNullable: true }),
          varchar('author_name', 120),
          varchar('organisation', 160, { isNullable: true }),
          varchar('at', 30),
          varchar('status', 20),
          integer('progress'),
          varchar('health', 10),
          text('comment', true),
          text('next_steps', true),
          text('blockers', true),
        ],
        // History is never deleted: an action with updates cannot be removed by cascade.
        foreignKeys: [
          reference('action_id', 'actions'),
          reference('author_id', 'users', 'SET NULL'),
        ],
        indices: [
          { columnNames: ['action_id', 'at'] },
          { columnNames: ['at'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'action_comments',
        columns: [
          id,
          integer('action_id'),
          integer('author_id', { isNullable: true }),
          varchar('author_name', 120),
          varchar('organisation', 160, { isNullable: true }),
          varchar('at', 30),
          text('body'),
        ],
        foreignKeys: [
          reference('action_id', 'actions'),
          reference('author_id', 'users', 'SET NULL'),
        ],
        indices: [{ columnNames: ['action_id', 'at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'action_comments',
      'status_updates',
      'indicators',
      'milestones',
      'action_regions',
      'action_contributors',
      'actions',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
