import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { id, integer, reference, text, varchar } from './schema-builder';

// In-app notifications, each user's notification preferences, the time-based facts
// already notified, and the outbox of e-mails with their delivery attempts.
export class Notifications1764000500000 implements MigrationInterface {
  name = 'Notifications1764000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'notification_preferences',
        columns: [
          integer('user_id', { isPrimary: true }),
          { name: 'email', type: 'boolean', isNullable: false, default: true },
          {
            name: 'weekly_digest',
            type: 'boolean',
            isNullable: false,
            default: true,
          },
          varchar('comments_and_decisions', 10),
          varchar('language', 2),
          varchar('updated_at', 30),
        ],
        foreignKeys: [reference('user_id', 'users', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'notifications',
        columns: [
          id,
          integer('user_id'),
          varchar('kind', 30),
          text('data'),
          varchar('path', 300),
          varchar('created_at', 30),
          varchar('read_at', 30, { isNullable: true }),
          // Waits for the user's daily digest
          {
            name: 'awaiting_digest',
            type: 'boolean',
            isNullable: false,
            default: false,
          },
        ],
        foreignKeys: [reference('user_id', 'users', 'CASCADE')],
        indices: [
          { columnNames: ['user_id', 'created_at'] },
          { columnNames: ['user_id', 'read_at'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'notification_facts',
        columns: [
          varchar('key', 200, { isPrimary: true }),
          varchar('notified_at', 30),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mail_outbox',
        columns: [
          id,
          varchar('kind', 30),
          integer('user_id', { isNullable: true }),
          varchar('recipient', 254),
          varchar('subject', 300),
          text('text_body'),
          text('html_body'),
          // One mail per notification or per digest period, even across restarts
          varchar('dedupe_key', 200, { isUnique: true }),
          varchar('state', 10),
          integer('attempts', { default: 0 }),
          text('last_error', true),
          // When to try next; while being sent, how long the claim lasts
          varchar('next_attempt_at', 30, { isNullable: true }),
          varchar('created_at', 30),
          varchar('sent_at', 30, { isNullable: true }),
        ],
        foreignKeys: [reference('user_id', 'users', 'SET NULL')],
        indices: [
          { columnNames: ['state', 'next_attempt_at'] },
          { columnNames: ['created_at'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('mail_outbox');
    await queryRunner.dropTable('notification_facts');
    await queryRunner.dropTable('notifications');
    await queryRunner.dropTable('notification_preferences');
  }
}
