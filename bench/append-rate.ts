/**
 * Rough append rate of the configured event store (the embedded default, or DATABASE_URL /
 * EVENTSTORE_URL): `npm run bench:append -- [events] [batch size] [writers]`.
 * Each writer appends batches to its own streams with an exact expected revision.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, openStorage } from '#runtime';

const [total = 20_000, batchSize = 1, writers = 1] = process.argv.slice(2).map(Number);
const env = { ...process.env };
const scratch = env.DATABASE_URL ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-bench-'));
if (scratch) env.DATA_DIR = scratch;
const storage = await openStorage(loadConfig({ ...env, LOG_LEVEL: 'silent' }));
try {
  const perWriter = Math.ceil(total / writers / batchSize);
  const run = randomUUID().slice(0, 8);
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      const revisions = new Map<string, number>();
      for (let i = 0; i < perWriter; i++) {
        const stream = `bench-${run}-${writer}-${i % 100}`;
        const expected = revisions.get(stream);
        const events = Array.from({ length: batchSize }, (_, n) => ({
          id: randomUUID(),
          type: 'bench.Appended.v1',
          data: { writer, i, n, note: '行政处罚决定书 文号 京市监罚〔2026〕123号' },
          metadata: { correlationId: randomUUID(), department: 'bench' },
        }));
        const result = await storage.eventStore.append(stream, events, {
          expectedRevision: expected === undefined ? 'no_stream' : expected,
        });
        revisions.set(stream, result.nextExpectedRevision);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const events = perWriter * writers * batchSize;
  console.log(
    JSON.stringify({
      store: storage.mode,
      events,
      batchSize,
      writers,
      seconds: +seconds.toFixed(2),
      eventsPerSecond: Math.round(events / seconds),
    }),
  );
} finally {
  await storage.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
}
