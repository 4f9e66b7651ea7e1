import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { jest } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { eventually, testEvent } from '#event-store/testing';
import { allProjections, Projector } from '#read-model';
import { loadShippedRuleSet } from '#runtime';
import { createApi } from '../../apps/api/src/create-api.js';
import { projectionsCommand } from '../../apps/cli/src/commands/projections.command.js';
import { testDepartments } from '../support/test-departments.js';
import { backend, freshPlace, openTestStorage, type TestStorage } from '../support/test-storage.js';

let storage: TestStorage;
let app: INestApplication;
let base: string;
let officeKey: string;
const projections = () => allProjections(loadShippedRuleSet().document.publicationPeriods ?? []);

beforeAll(async () => {
  storage = await openTestStorage();
  process.env.HEALTH_HORIZON_SECONDS = '0';
  try {
    // As in a server deployment: the api runs no projections, a projector process does.
    const departments = testDepartments({ office: ['credit-office'], market: ['own-decisions'] });
    officeKey = departments.keys.office;
    app = await createApi({ ...storage.config, runProjectionsInApi: false }, storage, { departments: departments.directory });
  } finally {
    delete process.env.HEALTH_HORIZON_SECONDS;
  }
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
});
afterAll(async () => {
  await app.close();
  await storage.dispose();
});

const health = async () => (await (await fetch(`${base}/health/ready`)).json()) as any;
const runners = (body: any) => projections().map((p) => body.details[`projection:${p.name}`].runner);

describe(`readiness (${backend})`, () => {
  it('says no projector is running, sees one start, and says so again within seconds of it stopping', async () => {
    const before = await health();
    expect(before.status).toBe('degraded');
    expect(runners(before)).toEqual(projections().map(() => 'none'));
    expect(before.details['projection:listings'].reasons).toContain('no projector is running');

    const projector = new Projector(storage.readModels, storage.eventStore, projections(), { idleWaitMs: 50 });
    projector.start();
    try {
      const running = await eventually(async () => {
        const body = await health();
        return body.status === 'ok' ? body : undefined;
      });
      expect(runners(running)).toEqual(projections().map(() => 'other process'));
    } finally {
      await projector.close();
    }
    const stopped = await eventually(async () => {
      const body = await health();
      return runners(body).every((runner) => runner === 'none') ? body : undefined;
    }, 5000);
    expect(stopped.status).toBe('degraded');
  });

  (backend === 'postgres' ? it : it.skip)(
    'a SIGKILLed projector process reads as "none" within a few seconds (postgres only: embedded has no second process)',
    async () => {
      const child = spawn(process.execPath, [path.resolve('dist/apps/projector/src/main.js')], {
        env: { ...process.env, DATABASE_URL: storage.config.databaseUrl, LOG_LEVEL: 'silent' },
        stdio: 'ignore',
      });
      const exited = once(child, 'exit');
      try {
        await eventually(async () => (runners(await health()).every((runner) => runner === 'other process') ? true : undefined), 20_000);
      } finally {
        child.kill('SIGKILL');
        await exited;
      }
      const killedAt = Date.now();
      await eventually(async () => (runners(await health()).every((runner) => runner === 'none') ? true : undefined), 5000);
      expect(Date.now() - killedAt).toBeLessThan(5000);
    },
  );

  (backend === 'postgres' ? it : it.skip)(
    'names a transaction open in another database that holds reads back, and counts the events it hides as lag (postgres only: PGlite has no other database)',
    async () => {
      const projector = new Projector(storage.readModels, storage.eventStore, projections(), { idleWaitMs: 50 });
      projector.start();
      const elsewhere = await freshPlace();
      const blocker = new pg.Client({ connectionString: elsewhere.env.DATABASE_URL, application_name: 'long-report' });
      await blocker.connect();
      try {
        await eventually(async () => ((await health()).status === 'ok' ? true : undefined));
        await blocker.query('BEGIN');
        const [{ xid, since }] = (await blocker.query(`SELECT pg_current_xact_id()::text AS xid, now() AS since`)).rows;
        await storage.eventStore.append('held-back', [testEvent()]);

        // On a shared server another test's transaction may be older than ours for a moment: it is named until it ends.
        const body = await eventually(async () => {
          const answer = await health();
          return answer.details.readHorizon.heldBackSince === since.toISOString() ? answer : undefined;
        });
        expect(body.status).toBe('degraded');
        expect(body.details.readHorizon).toMatchObject({
          status: 'degraded',
          heldBackEvents: 1,
          message: `reads held back by a transaction open since ${since.toISOString()}`,
        });
        expect(body.details['projection:listings'].lagEvents).toBe(1);

        const held = await eventually(async () => {
          const printed: string[] = [];
          const log = jest.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
          try {
            expect(await projectionsCommand(storage.config, projections(), {})).toBe(0);
          } finally {
            log.mockRestore();
          }
          const line = printed.map((text) => JSON.parse(text)).find((text) => text.readsHeldBack);
          return line?.by?.xid === xid ? line : undefined;
        });
        expect(held).toMatchObject({
          readsHeldBack: 1,
          by: {
            database: new URL(elsewhere.env.DATABASE_URL).pathname.slice(1),
            xid,
            state: 'idle in transaction',
            applicationName: 'long-report',
          },
        });
        expect(held.by.pid).toEqual(expect.any(Number));

        expect((await fetch(`${base}/health/details`)).status).toBe(401);
        const details = (await (await fetch(`${base}/health/details`, { headers: { 'x-api-key': officeKey } })).json()) as any;
        expect(details.readHorizon).toMatchObject({
          heldBackEvents: 1,
          holder: { xid, pid: held.by.pid, database: held.by.database, state: 'idle in transaction' },
        });
        const publicHorizon = ((await (await fetch(`${base}/health`)).json()) as any).details.readHorizon;
        expect(Object.keys(publicHorizon).sort()).toEqual(['heldBackEvents', 'heldBackSince', 'message', 'status']);
      } finally {
        await blocker.query('ROLLBACK').catch(() => undefined);
        await blocker.end();
        await elsewhere.dispose();
        await projector.close();
      }
      expect((await health()).details.readHorizon).toEqual({ status: 'up', heldBackEvents: 0 });
    },
  );
});
