import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { EventStore, Upcasters } from '#event-store';
import { EventSealer, PostgresEventStore, type EventSealerOptions } from '#event-store/postgres';
import { KurrentEventStore } from '#event-store/kurrent';

/** Verifying the PostgreSQL log's hash chain is the adapter's work; the CLI reaches it through here. */
export { verifyEventLog } from '#event-store/postgres';
import { createReadModelDataSource, migrate } from '#read-model';
import type { JiangchengConfig } from './config.js';
import { asDatabaseStartupError } from './database-unavailable.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { STORED_EVENT_UPCASTERS } from './stored-event-upcasters.js';
import { createLogger } from './logger.js';
import { poolConfig, type PostgresConnection } from './postgres-connection.js';

export interface Storage {
  readonly mode: string;
  readonly connection: PostgresConnection;
  readonly eventStore: EventStore;
  readonly readModels: DataSource;
  readonly migrationsApplied: readonly string[];
  close(): Promise<void>;
}

export interface OpenStorageOptions {
  /** Defaults to the product's ({@link STORED_EVENT_UPCASTERS}). */
  readonly upcasters?: Upcasters;
  readonly poolSize?: number;
}

/** Opens the storage the configuration names and brings its schema up to date. */
export async function openStorage(config: JiangchengConfig, options: OpenStorageOptions = {}): Promise<Storage> {
  const logger = createLogger(config, 'jiangcheng-storage');
  const closers: Array<() => Promise<unknown>> = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer().catch(() => undefined);
  };
  try {
    let embedded: EmbeddedPostgres | undefined;
    if (config.storage === 'embedded') {
      embedded = await startEmbeddedPostgres(config.dataDir);
      closers.push(() => embedded!.close());
    }
    const connection: PostgresConnection = embedded?.connection ?? { connectionString: config.databaseUrl };
    const poolSize = options.poolSize ?? 10;
    // The advisory locks of the projection runners and the webhook delivery share one of these connections
    // (advisory-lock.ts): the rest serve queries.
    const readModels = createReadModelDataSource({ ...connection, poolSize });
    await readModels.initialize().catch((error: unknown) => {
      throw asDatabaseStartupError(error, connection);
    });
    closers.push(() => readModels.destroy());
    const migrationsApplied = await migrate(readModels);

    const upcasters = options.upcasters ?? STORED_EVENT_UPCASTERS;
    let eventStore: EventStore;
    if (config.eventStoreUrl) {
      eventStore = KurrentEventStore.connect(config.eventStoreUrl, { upcasters });
    } else {
      const pool = new pg.Pool(poolConfig(connection, poolSize));
      // An idle connection the server drops (restart, failover) must not take the process down.
      pool.on('error', (error) => logger.warn({ err: error }, 'event store connection lost; it will be replaced'));
      closers.push(() => pool.end());
      eventStore = new PostgresEventStore(pool, { upcasters, listen: config.storage === 'postgres' });
    }
    closers.push(() => eventStore.close());
    const mode = `${config.eventStoreUrl ? 'eventstoredb' : config.storage} events, ${config.storage} read models`;
    return { mode, connection, eventStore, readModels, migrationsApplied, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The sealer that hash-chains the PostgreSQL log as it grows; none on KurrentDB, whose server keeps its own log. */
export function eventSealer(config: JiangchengConfig, storage: Storage, logger: EventSealerOptions['logger']): EventSealer | undefined {
  return config.eventStoreUrl ? undefined : EventSealer.onConnection(poolConfig(storage.connection, 1), storage.eventStore, { logger });
}
