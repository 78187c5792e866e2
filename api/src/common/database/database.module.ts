import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { databaseOptions } from './database-options';
import { routeSqliteConnections } from './sqlite-connections';

/** The DataSource of the server and the command-line tools, migrated when it opens. */
export function databaseModule(database: DatabaseConfig): DynamicModule {
  return TypeOrmModule.forRootAsync({
    useFactory: () => databaseOptions(database),
    dataSourceFactory: async (options) =>
      createDataSource(options as DataSourceOptions),
  });
}

export function createDataSource(options: DataSourceOptions): DataSource {
  const dataSource = new DataSource(options);
  if (options.type === 'sqlite') routeSqliteConnections(dataSource);
  return dataSource;
}
