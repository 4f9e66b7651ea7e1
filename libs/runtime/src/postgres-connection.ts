import type pg from 'pg';

/** Where PostgreSQL listens: a server from DATABASE_URL, or the embedded PGlite socket. */
export interface PostgresConnection {
  readonly connectionString?: string;
  readonly host?: string;
  readonly port?: number;
  readonly user?: string;
  readonly database?: string;
  /** The most connections the server takes (embedded PGlite has a fixed limit). */
  readonly maxConnections?: number;
}

export function poolConfig(connection: PostgresConnection, max: number): pg.PoolConfig {
  return {
    connectionString: connection.connectionString,
    // Short queries only: JIT compiling them (when estimates are off, as after a bulk load) costs more than
    // it saves. A server only; PGlite has no JIT.
    options: connection.connectionString ? '-c jit=off' : undefined,
    host: connection.host,
    port: connection.port,
    user: connection.user,
    database: connection.database,
    max,
  };
}
