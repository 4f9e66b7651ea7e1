import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { loadConfig, openStorage, type JiangchengConfig, type Storage } from '#runtime';

/**
 * The backend a test run exercises: `DATABASE_URL` set → a fresh database on that PostgreSQL server
 * per test file; unset → a fresh embedded PGlite per test file. `EVENTSTORE_URL` adds EventStoreDB.
 */
export const backend = process.env.DATABASE_URL ? 'postgres' : 'pglite';
export const eventStoreDbUrl = process.env.EVENTSTORE_URL || undefined;

export interface TestStorage extends Storage {
  readonly config: JiangchengConfig;
  /** Drops what the test created (the database or the data directory). */
  dispose(): Promise<void>;
}

export async function openTestStorage(options: { eventStoreDb?: boolean } = {}): Promise<TestStorage> {
  const place = await freshPlace();
  const config = loadConfig({
    ...place.env,
    EVENTSTORE_URL: options.eventStoreDb ? eventStoreDbUrl : undefined,
    LOG_LEVEL: 'silent',
    // else the api would generate one into DATA_DIR (./data with DATABASE_URL)
    JIANGCHENG_WEBHOOK_KEY: 'jiangcheng-test-webhook-key-0123456789abcdef',
    // the tests' webhook receivers listen on loopback, which the SSRF guard refuses by default
    WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1',
  });
  const storage = await openStorage(config);
  return {
    ...storage,
    config,
    async dispose() {
      await storage.close();
      await place.dispose();
    },
  };
}

/** A place for a test's data, reusable by child processes through `env`. */
export interface TestPlace {
  readonly env: Record<string, string>;
  dispose(): Promise<void>;
}

export async function freshPlace(): Promise<TestPlace> {
  return backend === 'postgres' ? freshDatabase(process.env.DATABASE_URL!) : freshDataDir();
}

async function freshDatabase(serverUrl: string): Promise<TestPlace> {
  const name = `jc_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    async dispose() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      // A pool's end() resolves before its sockets close; terminating those backends would make their
      // clients emit errors nobody listens to any more. Give them a moment to go first.
      for (let waited = 0; waited < 2000; waited += 20) {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`, [name]);
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function freshDataDir(): Promise<TestPlace> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-test-'));
  // A fresh PGlite cluster takes seconds to initialise; copying an initialised one takes a fraction.
  fs.cpSync(await pgliteTemplate(), path.join(dataDir, 'pglite'), { recursive: true });
  return {
    env: { DATA_DIR: dataDir },
    async dispose() {
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function pgliteTemplate(): Promise<string> {
  const template = path.join(os.tmpdir(), 'jiangcheng-pglite-template-0.5.14');
  if (fs.existsSync(path.join(template, 'PG_VERSION'))) return template;
  const building = fs.mkdtempSync(`${template}.building-`);
  const db = await PGlite.create({ dataDir: building });
  await db.close();
  try {
    fs.renameSync(building, template);
  } catch {
    fs.rmSync(building, { recursive: true, force: true }); // another worker finished first
  }
  return template;
}
