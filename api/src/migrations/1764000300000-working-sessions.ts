import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { id, integer, reference, text, varchar } from './schema-builder';

// SPEC §2: the steering committee's working sessions with their attendees and
// decisions, the snapshot frozen when a session closes, and each account's secret
// calendar feed address.
export class WorkingSessions1764000300000 implements MigrationInterface {
  name = 'WorkingSessions1764000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'working_sessions',
        columns: [
          id,
          varchar('date', 10),
          varchar('place', 200, { isNullable: true }),
          varchar('link', 500, { isNullable: true }),
          // A JSON list of strings
          text('agenda'),
          text('minutes'),
          varchar('closed_at', 30, { isNullable: true }),
          varchar('closed_by', 120, { isNullable: true }),
          varchar('created_at', 30),
          varchar('updated_at', 30),
        ],
        indices: [{ columnNames: ['date'] }, { columnNames: ['closed_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'session_attendees',
        columns: [
          id,
          integer('session_id'),
          integer('position'),
          integer('user_id', { isNullable: true }),
          integer('partner_id', { isNullable: true }),
          { name: 'present', type: 'boolean', default: true },
        ],
        foreignKeys: [
          reference('session_id', 'working_sessions', 'CASCADE'),
          reference('user_id', 'users'),
          reference('partner_id', 'partners'),
        ],
        indices: [{ columnNames: ['session_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'session_decisions',
        columns: [
          id,
          integer('session_id'),
          integer('position'),
          text('text'),
          integer('owner_partner_id'),
          varchar('due_date', 10),
          integer('action_id', { isNullable: true }),
          varchar('created_at', 30),
        ],
        foreignKeys: [
          reference('session_id', 'working_sessions', 'CASCADE'),
          reference('owner_partner_id', 'partners'),
          reference('action_id', 'actions'),
        ],
        indices: [
          { columnNames: ['session_id'] },
          { columnNames: ['due_date'] },
          { columnNames: ['action_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'session_snapshots',
        columns: [
          integer('session_id', { isPrimary: true }),
          varchar('taken_at', 30),
          // The frozen figures as JSON; written once, never updated
          text('figures'),
        ],
        foreignKeys: [reference('session_id', 'working_sessions', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'calendar_feeds',
        columns: [
          integer('user_id', { isPrimary: true }),
          varchar('token', 64, { isUnique: true }),
          varchar('created_at', 30),
        ],
        foreignKeys: [reference('user_id', 'users', 'CASCADE')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'calendar_feeds',
      'session_snapshots',
      'session_decisions',
      'session_attendees',
      'working_sessions',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
