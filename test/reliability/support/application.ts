import net from 'node:net';
import { allProjections } from '#read-model';
import { loadShippedRuleSet } from '#runtime';
import { API_MAIN, NodeProcess, PROJECTOR_MAIN } from './child-process.js';
import { withDatabase } from './database.js';

/** `node dist/apps/projector/src/main.js`, once it has started its projections. */
export async function startProjector(env: NodeJS.ProcessEnv): Promise<NodeProcess> {
  const projector = new NodeProcess(PROJECTOR_MAIN, [], { ...env, LOG_LEVEL: 'info' });
  await projector.waitForLine(/projector started/);
  return projector;
}

/** `node dist/apps/api/src/main.js` on `port` without projections of its own, once it listens. */
export async function startApi(env: NodeJS.ProcessEnv, port: number): Promise<NodeProcess> {
  const api = new NodeProcess(API_MAIN, [], {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    RUN_PROJECTIONS_IN_API: 'false',
    LOG_LEVEL: 'warn',
  });
  await api.waitForLine(/listening on http:/);
  return api;
}

/**
 * Waits until every projection the projector runs has an active generation whose checkpoint is at the head
 * of the log (no committed event after it). Call it when no writer is running.
 */
export async function waitForProjections(databaseUrl: string, timeoutMs = 90_000): Promise<void> {
  const expected = allProjections(loadShippedRuleSet().document.publicationPeriods ?? []).map((p) => p.name);
  await withDatabase(databaseUrl, async (db) => {
    let caughtUp: string[] = [];
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
      const { rows } = await db.query<{ name: string }>(
        `SELECT p.name FROM projections p JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation
          WHERE NOT EXISTS (SELECT 1 FROM events e
                             WHERE (e.transaction_id, e.global_position) > (greatest(c.commit_position, 0)::text::xid8, c.prepare_position))`,
      );
      caughtUp = rows.map((r) => r.name);
      if (expected.every((name) => caughtUp.includes(name))) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`the projections did not catch up in ${timeoutMs} ms: only ${caughtUp.join(', ') || 'none'} of ${expected.join(', ')}`);
  });
}

/** A TCP port nothing listens on now, for an api that is restarted on the same address. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
