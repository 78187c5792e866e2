import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { id, integer, reference, text, varchar } from './schema-builder';

export class ReferenceData1764000000000 implements MigrationInterface {
  name = 'ReferenceData1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'regions',
        columns: [
          id,
          varchar('code', 8, { isUnique: true }),
          varchar('name', 120),
          varchar('country', 2),
          varchar('country_name', 80),
          varchar('membership', 20),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'effra_domains',
        columns: [
          varchar('code', 2, { isPrimary: true }),
          varchar('title', 120),
          text('description'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'phases',
        columns: [
          id,
          varchar('key', 20, { isUnique: true }),
          integer('position', { isUnique: true }),
          varchar('name', 80),
          text('description'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'streams',
        columns: [
          id,
          integer('number', { isUnique: true }),
          varchar('code', 8, { isUnique: true }),
          varchar('short_title', 80),
          text('title'),
          text('description'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'initiatives',
        columns: [
          id,
          varchar('slug', 80, { isUnique: true }),
          varchar('name', 200),
          integer('region_id'),
          integer('stream_id'),
          text('description', true),
        ],
        foreignKeys: [
          reference('region_id', 'regions'),
          reference('stream_id', 'streams'),
        ],
        indices: [
          { columnNames: ['region_id'] },
          { columnNames: ['stream_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'funding_instruments',
        columns: [
          id,
          varchar('slug', 80, { isUnique: true }),
          varchar('name', 200),
          varchar('era', 10),
          text('description'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'funding_instrument_successors',
        columns: [
          integer('instrument_id', { isPrimary: true }),
          integer('successor_id', { isPrimary: true }),
        ],
        foreignKeys: [
          reference('instrument_id', 'funding_instruments', 'CASCADE'),
          reference('successor_id', 'funding_instruments', 'CASCADE'),
        ],
        indices: [{ columnNames: ['successor_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'partners',
        columns: [
          id,
          varchar('slug', 80, { isUnique: true }),
          varchar('name', 160),
          varchar('full_name', 240),
          integer('region_id'),
          varchar('kind', 20),
          {
            name: 'coordinator',
            type: 'boolean',
            isNullable: false,
            default: false,
          },
          integer('network_size', { isNullable: true }),
          text('network_size_note', true),
          integer('smes', { isNullable: true }),
          text('smes_note', true),
          text('thematic'),
          varchar('retired_at', 30, { isNullable: true }),
        ],
        foreignKeys: [reference('region_id', 'regions')],
        indices: [{ columnNames: ['region_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'partner_effra_domains',
        columns: [
          integer('partner_id', { isPrimary: true }),
          varchar('domain_code', 2, { isPrimary: true }),
        ],
        foreignKeys: [
          reference('partner_id', 'partners', 'CASCADE'),
          reference('domain_code', 'effra_domains', 'RESTRICT', 'code'),
        ],
        indices: [{ columnNames: ['domain_code'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'partnership',
        columns: [
          integer('id', { isPrimary: true }),
          varchar('name', 200),
          varchar('phase', 20),
          varchar('plan_adopted_at', 30, { isNullable: true }),
          varchar('plan_adopted_by', 200, { isNullable: true }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'partnership',
      'partner_effra_domains',
      'partners',
      'funding_instrument_successors',
      'funding_instruments',
      'initiatives',
      'streams',
      'phases',
      'effra_domains',
      'regions',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
