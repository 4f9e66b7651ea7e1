import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';

export interface ReadModelDataSourceOptions {
  readonly connectionString?: string;
  readonly host?: string;
  readonly port?: number;
  readonly user?: string;
  readonly database?: string;
  readonly poolSize?: number;
  readonly logger?: TypeOrmLogger;
}

/** TypeORM over `pg` for the read models; the schema comes from migrations only, never `synchronize`. */
export function createReadModelDataSource(options: ReadModelDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.connectionString,
    host: options.host,
    port: options.port,
    username: options.user,
    database: options.database,
    poolSize: options.poolSize ?? 10,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    logger: options.logger,
  });
}

const MIGRATION_LOCK = 7_411_001;

/** Runs the pending migrations; safe on every start, and when two processes start together. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
    await lock.release();
  }
}
