import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createInterface } from 'node:readline';
import pg from 'pg';

const CLIENTS = 8;

/** The held-back lines of a dataset file (its last `count`): the facts P2 posts one at a time. */
export async function lastLines(file: string, count: number): Promise<string[]> {
  const ring: string[] = new Array(count);
  let seen = 0;
  for await (const line of createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (line.trim() !== '') ring[seen++ % count] = line;
  }
  if (seen <= count) return ring.slice(0, seen);
  const start = seen % count;
  return [...ring.slice(start), ...ring.slice(0, start)];
}

/** P2: each fact in its own POST /v1/facts, from 8 clients at once; every one must be accepted. */
export async function postOneByOne(
  apiUrl: string,
  key: string,
  lines: readonly string[],
): Promise<{ factsPerSecond: number; seconds: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const { hostname, port } = new URL(apiUrl);
  const post = (line: string) =>
    new Promise<void>((resolve, reject) => {
      const body = `{"items":[${line}]}`;
      const request = http.request(
        {
          host: hostname,
          port,
          path: '/v1/facts',
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-api-key': key },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk) => (text += chunk));
          response.on('end', () => {
            const status = response.statusCode === 200 && (JSON.parse(text) as { results: { status: string }[] }).results[0].status;
            if (status === 'accepted') resolve();
            else reject(new Error(`POST /v1/facts answered ${response.statusCode}: ${text.slice(0, 400)}`));
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < lines.length; i = next++) await post(lines[i]);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return { factsPerSecond: lines.length / seconds, seconds };
}

/** The P2 baseline: the same number of rows, each inserted and committed on its own, from 8 connections. */
export async function singleRowCommits(databaseUrl: string, lines: readonly string[]): Promise<{ rowsPerSecond: number }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CLIENTS });
  try {
    await pool.query(`DROP TABLE IF EXISTS bench_single_rows`);
    await pool.query(`CREATE TABLE bench_single_rows (LIKE events INCLUDING ALL)`);
    let next = 0;
    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const client = await pool.connect();
        try {
          for (let i = next++; i < lines.length; i = next++) {
            const fact = JSON.parse(lines[i]) as { subject: { code: string }; type: string };
            await client.query(
              `INSERT INTO bench_single_rows (stream_id, stream_revision, event_id, event_type, data, metadata, stream_hash) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
              // a link's worth of bytes: the row the engine stores carries its 32-byte hash-chain link
              [
                `subject-${fact.subject.code}`,
                i,
                randomUUID(),
                `credit.${fact.type}.v1`,
                lines[i],
                JSON.stringify({ correlationId: randomUUID(), department: 'bench' }),
                randomBytes(32),
              ],
            );
          }
        } finally {
          client.release();
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await pool.query(`DROP TABLE bench_single_rows`);
    return { rowsPerSecond: lines.length / seconds };
  } finally {
    await pool.end();
  }
}
