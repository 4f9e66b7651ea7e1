import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { DataDirLock } from './data-dir-lock.js';
import { createSocketDirectory, removeAbandonedSocketDirectories } from './socket-directories.js';
import { keepExtendedQueryBatchesTogether } from './pglite-session-queue.js';
import type { PostgresConnection } from './postgres-connection.js';

export interface EmbeddedPostgres {
  readonly connection: PostgresConnection;
  close(): Promise<void>;
}

/** Connections the socket server accepts: the event store pool, the read-model pool and the listener. */
const MAX_CONNECTIONS = 64;

/**
 * PostgreSQL in-process (PGlite, persisted under `dataDir`, or in memory without one), served on a
 * private unix socket so the ordinary `pg` driver and TypeORM talk to it exactly as to a server.
 * PGlite runs one transaction at a time: other connections wait until it ends.
 */
export async function startEmbeddedPostgres(dataDir?: string): Promise<EmbeddedPostgres> {
  const lock = dataDir ? DataDirLock.acquire(dataDir) : undefined;
  let db: PGlite | undefined;
  removeAbandonedSocketDirectories();
  const socketDir = createSocketDirectory();
  try {
    // pg_trgm serves the subjects' partial-name search; the read-model migrations create it.
    const extensions = { pg_trgm };
    db = dataDir ? await PGlite.create({ dataDir: path.join(dataDir, 'pglite'), extensions }) : await PGlite.create({ extensions });
    const server = new PGLiteSocketServer({ db, path: path.join(socketDir, '.s.PGSQL.5432'), maxConnections: MAX_CONNECTIONS });
    keepExtendedQueryBatchesTogether(server);
    await server.start();
    const opened = db;
    return {
      connection: { host: socketDir, port: 5432, user: 'postgres', database: 'postgres', maxConnections: MAX_CONNECTIONS },
      async close() {
        await server.stop();
        await new Promise((resolve) => setTimeout(resolve, 20));
        await opened.close();
        fs.rmSync(socketDir, { recursive: true, force: true });
        lock?.release();
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    fs.rmSync(socketDir, { recursive: true, force: true });
    lock?.release();
    throw error;
  }
}
