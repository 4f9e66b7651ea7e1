import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';

export interface ShutdownTimings {
  /** How long in-flight requests may take to finish before their connections are cut. */
  readonly drainMs: number;
  /** The process exits by then, whatever is still running. */
  readonly exitMs: number;
}

/** An orchestrator gives 10 s by default (Kubernetes 30 s); we promise 5. */
const TIMINGS: ShutdownTimings = { drainMs: 3000, exitMs: 4800 };

/**
 * On SIGTERM or SIGINT: stop accepting connections, answer the requests in flight (each with
 * `Connection: close`, so keep-alive clients go away), then stop the projections and close the
 * storage, and exit. Nest's own shutdown hooks would stop the projections first and keep serving
 * keep-alive clients meanwhile.
 */
export function stopGracefullyOnSignals(app: INestApplication, logger: Logger, timings: ShutdownTimings = TIMINGS): void {
  const server: Server = app.getHttpServer();
  const inFlight = new Set<ServerResponse>();
  let stopping = false;
  server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    inFlight.add(response);
    response.on('close', () => inFlight.delete(response));
    if (stopping) closeAfter(response);
  });

  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    setTimeout(() => {
      logger.error({ signal }, `shutdown did not finish within ${timings.exitMs} ms; exiting anyway`);
      process.exit(1);
    }, timings.exitMs).unref();
    logger.info({ signal, inFlight: inFlight.size }, 'shutting down: refusing new connections, finishing requests in flight');
    inFlight.forEach(closeAfter);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const drained = await Promise.race([closed.then(() => true), delay(timings.drainMs).then(() => false)]);
    if (!drained) {
      logger.warn({ cut: inFlight.size }, `requests still running after ${timings.drainMs} ms: closing their connections`);
      server.closeAllConnections();
    }
    await app.close(); // projections, expiry job, storage
    logger.info({ signal, ms: Date.now() - started }, 'stopped');
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
}

function closeAfter(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader('Connection', 'close');
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
