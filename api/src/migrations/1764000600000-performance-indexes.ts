import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

// The histories are read newest first (at, then id) per action: the page of an
// action's updates or comments, and the latest update of every action in the
// progress report. With id in the index neither engine sorts the ties itself.
const INDEXES = [
  { table: 'status_updates', name: 'IDX_status_updates_action_at_id' },
  { table: 'action_comments', name: 'IDX_action_comments_action_at_id' },
];

export class PerformanceIndexes1764000600000 implements MigrationInterface {
  name = 'PerformanceIndexes1764000600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, name } of INDEXES)
      await queryRunner.createIndex(
        table,
        new TableIndex({ name, columnNames: ['action_id', 'at', 'id'] }),
      );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, name } of INDEXES)
      await queryRunner.dropIndex(table, name);
  }
}
