import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import copyStreams from 'pg-copy-streams';
import pg from 'pg';
import { FactCatalogue } from '#credit';
import { FactRecorder, importFacts } from '#ingestion';
import { systemClock } from '#kernel';
import { loadShippedRuleSet, openStorage } from '#runtime';
import { progress } from '../../apps/cli/src/progress.js';
import type { BenchTarget } from './target.js';

export interface BulkIngestion {
  readonly facts: number;
  readonly rejected: number;
  readonly events: number;
  readonly eventsPerSecond: number;
  readonly seconds: number;
}

/**
 * P1: every dataset file through the engine (validation, competence, deciders, listing decisions,
 * append), as `cli import` does, except the lines `holdBack` keeps for single-fact ingestion.
 */
export async function ingestInBulk(
  target: BenchTarget,
  datasetDir: string,
  holdBack: { file: string; lines: number },
): Promise<BulkIngestion> {
  const storage = await openStorage(target.config);
  try {
    const recorder = new FactRecorder(storage.eventStore, new FactCatalogue(), systemClock, { rules: loadShippedRuleSet() });
    let facts = 0;
    let rejected = 0;
    const started = process.hrtime.bigint();
    for (const d of target.departments) {
      const file = path.join(datasetDir, d.file);
      const total = JSON.parse(fs.readFileSync(path.join(datasetDir, 'departments.json'), 'utf8')).departments.find(
        (x: { file: string }) => x.file === d.file,
      ).lines as number;
      const take = d.file === holdBack.file ? total - holdBack.lines : total;
      const bar = progress({ label: `  P1 ${d.file}`, total: take, unit: 'lines' });
      const rejections: string[] = [];
      const summary = await importFacts(
        firstLines(file, take),
        recorder,
        { department: d.department, keyId: d.department.keys[0].id },
        {
          batchSize: 1000,
          correlationId: `bench-${d.id}`,
          onProgress: (p) => bar.update(p.lines),
          onRejected: ({ line, code, problems }) => {
            if (rejected++ < 5) rejections.push(`  rejected ${d.file}:${line}: ${code} ${JSON.stringify(problems)}\n`);
          },
        },
      );
      bar.stop();
      for (const rejection of rejections) process.stderr.write(rejection);
      facts += summary.accepted;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const [{ count }] = await storage.readModels.query<{ count: string }[]>(`SELECT count(*)::text AS count FROM events`);
    const events = Number(count);
    return { facts, rejected, events, eventsPerSecond: events / seconds, seconds };
  } finally {
    await storage.close();
  }
}

async function* firstLines(file: string, count: number): AsyncIterable<string> {
  let n = 0;
  const lines = createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) {
    if (n++ >= count) break;
    yield line;
  }
  lines.close();
}

// The stored rows as they are, their hash-chain link included: the baseline stores what the engine stored.
const EVENT_FIELDS = 'stream_id, stream_revision, event_id, event_type, data, metadata, stream_hash';

/** The P1 baseline: the same rows, as PostgreSQL's COPY loads them into a table shaped like `events` (indexes included). */
export async function copyRate(databaseUrl: string, scratch: string): Promise<{ rows: number; rowsPerSecond: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const dump = path.join(scratch, 'events.copy');
    await pipeline(
      client.query(copyStreams.to(`COPY (SELECT ${EVENT_FIELDS} FROM events ORDER BY global_position) TO STDOUT`)),
      fs.createWriteStream(dump),
    );
    await client.query(`DROP TABLE IF EXISTS bench_copy_events`);
    await client.query(`CREATE TABLE bench_copy_events (LIKE events INCLUDING ALL)`);
    const started = process.hrtime.bigint();
    const copy = client.query(copyStreams.from(`COPY bench_copy_events (${EVENT_FIELDS}) FROM STDIN`));
    await pipeline(fs.createReadStream(dump), copy);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rows = Number(copy.rowCount);
    await client.query(`DROP TABLE bench_copy_events`);
    fs.rmSync(dump);
    return { rows, rowsPerSecond: rows / seconds };
  } finally {
    await client.end();
  }
}
