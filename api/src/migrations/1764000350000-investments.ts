import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { id, integer, reference, text, varchar } from './schema-builder';

/** Whole euro cents: 64-bit, so that a proposal may exceed €21 million. */
const cents = (name: string) => ({
  name,
  type: 'bigint',
  isNullable: false,
  default: 0,
});

// SPEC §2: investment proposals with their partners, regions and linked actions, and
// the dated history of their status.
export class Investments1764000350000 implements MigrationInterface {
  name = 'Investments1764000350000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'investments',
        columns: [
          id,
          varchar('title', 200),
          integer('instrument_id'),
          varchar('call_name', 200, { isNullable: true }),
          cents('amount_cents'),
          cents('cofinancing_cents'),
          varchar('status', 20),
          varchar('status_since', 10),
          integer('lead_partner_id'),
          varchar('deadline', 10, { isNullable: true }),
          integer('version', { default: 1 }),
          varchar('created_at', 30),
          varchar('updated_at', 30),
        ],
        foreignKeys: [
          reference('instrument_id', 'funding_instruments'),
          reference('lead_partner_id', 'partners'),
        ],
        indices: [
          { columnNames: ['instrument_id'] },
          { columnNames: ['lead_partner_id'] },
          { columnNames: ['status'] },
          { columnNames: ['deadline'] },
        ],
      }),
    );
    for (const [table, column, target] of [
      ['investment_partners', 'partner_id', 'partners'],
      ['investment_regions', 'region_id', 'regions'],
      ['investment_actions', 'action_id', 'actions'],
    ] as const) {
      await queryRunner.createTable(
        new Table({
          name: table,
          columns: [
            integer('investment_id', { isPrimary: true }),
            integer(column, { isPrimary: true }),
          ],
          foreignKeys: [
            reference('investment_id', 'investments', 'CASCADE'),
            reference(column, target),
          ],
          indices: [{ columnNames: [column] }],
        }),
      );
    }
    await queryRunner.createTable(
      new Table({
        name: 'investment_status_changes',
        columns: [
          id,
          integer('investment_id'),
          varchar('at', 30),
          varchar('from_status', 20, { isNullable: true }),
          varchar('to_status', 20),
          integer('author_id', { isNullable: true }),
          varchar('author_name', 120),
          varchar('organisation', 160, { isNullable: true }),
          text('comment', true),
        ],
        foreignKeys: [
          reference('investment_id', 'investments'),
          reference('author_id', 'users', 'SET NULL'),
        ],
        indices: [{ columnNames: ['investment_id', 'at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'investment_status_changes',
      'investment_actions',
      'investment_regions',
      'investment_partners',
      'investments',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
