import { StartupError } from './startup-error.js';
import type { PostgresConnection } from './postgres-connection.js';

export class DatabaseUnavailableError extends StartupError {}

/** Network failures: the server is down, the name does not resolve, a firewall drops the packets. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET']);
/** The server answered but will not serve us: no such database, bad password, no permission, starting up. */
const REFUSED = new Set(['3D000', '28P01', '28000', '42501', '57P03']);

/** A failure to connect at start-up as an operator's message; anything else is returned unchanged. */
export function asDatabaseStartupError(error: unknown, connection: PostgresConnection): unknown {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string') return error;
  const where = describe(connection);
  if (UNREACHABLE.has(code))
    return new DatabaseUnavailableError(
      `cannot reach the database at ${where} (${code}). Is PostgreSQL running, and is DATABASE_URL right?`,
    );
  if (REFUSED.has(code))
    return new DatabaseUnavailableError(`the database at ${where} refused the connection: ${(error as Error).message}`);
  return error;
}

/** host:port/database, without the credentials a connection string may carry. */
function describe(connection: PostgresConnection): string {
  if (!connection.connectionString) return `${connection.host}:${connection.port}/${connection.database}`;
  try {
    const url = new URL(connection.connectionString);
    return `${url.hostname}:${url.port || 5432}${url.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}
