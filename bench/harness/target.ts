import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { newApiKey, type Department } from '#credit';
import { loadConfig, writeDepartments, type JiangchengConfig } from '#runtime';

interface DatasetDepartment {
  readonly id: string;
  readonly name: string;
  readonly roles: Department['roles'];
  readonly file: string;
}

/** Where a run writes: a fresh PostgreSQL database beside DATABASE_URL's, or a fresh embedded data directory. */
export interface BenchTarget {
  readonly storage: 'postgres' | 'embedded';
  readonly env: NodeJS.ProcessEnv;
  readonly config: JiangchengConfig;
  /** Each dataset department with a fresh API key, in import order. */
  readonly departments: readonly (DatasetDepartment & { readonly key: string; readonly department: Department })[];
  /** A key for queries (a department with every role, as an approval system would hold). */
  readonly queryKey: string;
  readonly scratch: string;
  dispose(): Promise<void>;
}

export async function prepareTarget(datasetDir: string, scale: string, keep: boolean): Promise<BenchTarget> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `jiangcheng-bench-${scale}-`));
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', DEPARTMENTS_FILE: path.join(scratch, 'departments.json') };
  let databaseUrl: string | undefined;
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    const name = `jiangcheng_bench_${scale}`;
    await onServer(server, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${name}`);
    });
    databaseUrl = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
    env.DATABASE_URL = databaseUrl;
  } else {
    env.DATA_DIR = path.join(scratch, 'data');
  }
  const listed: DatasetDepartment[] = JSON.parse(fs.readFileSync(path.join(datasetDir, 'departments.json'), 'utf8')).departments;
  const departments = listed.map((d) => {
    const { key, record } = newApiKey();
    return { ...d, key, department: { id: d.id, name: d.name, roles: d.roles, keys: [record] } };
  });
  const query = newApiKey();
  const queryDepartment: Department = {
    id: 'bench-approval',
    name: '审批系统（基准测试）',
    roles: ['credit-office'],
    keys: [query.record],
  };
  writeDepartments(env.DEPARTMENTS_FILE!, [...departments.map((d) => d.department), queryDepartment]);
  return {
    storage: databaseUrl ? 'postgres' : 'embedded',
    env,
    config: loadConfig(env),
    departments,
    queryKey: query.key,
    scratch,
    async dispose() {
      if (keep) return;
      if (databaseUrl) {
        const server = new URL(process.env.DATABASE_URL!);
        await onServer(server, (client) => client.query(`DROP DATABASE IF EXISTS ${new URL(databaseUrl).pathname.slice(1)} WITH (FORCE)`));
      }
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
}

async function onServer(url: URL, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
