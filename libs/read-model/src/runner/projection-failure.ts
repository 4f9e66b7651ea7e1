/** SQLSTATE classes and codes that say "try again later", not "this event cannot be applied". */
const TRANSIENT_SQLSTATE_CLASSES = ['08', '53', '57'];
const TRANSIENT_SQLSTATES = new Set(['40001', '40P01', '55P03', '55006', '25006']);
const TRANSIENT_SYSTEM_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
const TRANSIENT_MESSAGES =
  /connection terminated|connection error|timeout exceeded when trying to connect|connection is not established|terminating connection/i;

/** Why applying events failed, as the runner records it: a short code for the public, the full text for operators. */
export interface ProjectionFailure {
  /** SQLSTATE when the database refused, otherwise the error's class name. */
  readonly code: string;
  readonly message: string;
  /** Connection lost, serialization failure, lock timeout…: retry, never park. */
  readonly transient: boolean;
}

export function describeFailure(error: unknown): ProjectionFailure {
  const sqlState = sqlStateOf(error);
  const systemCode = stringProperty(error, 'code');
  const message = error instanceof Error ? error.message : String(error);
  const transient =
    (sqlState !== undefined && (TRANSIENT_SQLSTATES.has(sqlState) || TRANSIENT_SQLSTATE_CLASSES.includes(sqlState.slice(0, 2)))) ||
    (systemCode !== undefined && TRANSIENT_SYSTEM_CODES.has(systemCode)) ||
    TRANSIENT_MESSAGES.test(message);
  const code = sqlState ?? (error instanceof Error ? error.name : 'Error');
  return { code, message, transient };
}

/** TypeORM wraps the driver's error; the SQLSTATE is on either. */
function sqlStateOf(error: unknown): string | undefined {
  for (const candidate of [error, (error as { driverError?: unknown } | undefined)?.driverError]) {
    const code = stringProperty(candidate, 'code');
    if (code && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

function stringProperty(value: unknown, name: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const property = (value as Record<string, unknown>)[name];
  return typeof property === 'string' ? property : undefined;
}
