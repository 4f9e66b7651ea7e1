import fs from 'node:fs';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { Random } from '../dataset/prng.js';

const CONNECTIONS = 8;
/** Distinct queries per substring length: enough that the run does not ask the same few again and again. */
const QUERIES = 2_000;

/** GET latency with p95, which autocannon's summary lacks: every response's time is kept. Milliseconds. */
export interface SearchLatency {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly requests: number;
  readonly errors: number;
}

export interface SearchFigures {
  /** `GET /v1/subjects?q=` with a random 2-, 3- and 4-character substring of a registered organisation's name. */
  readonly byLength: Readonly<Record<'2' | '3' | '4', SearchLatency>>;
  /** The same endpoint with a full 统一社会信用代码 (an exact primary-key lookup): the same-run baseline. */
  readonly exactCode: SearchLatency;
  readonly organisations: number;
}

interface Organisation {
  readonly code: string;
  readonly name: string;
}

/** The organisations the dataset registers, with their names (what a partial-name search looks for). */
export async function organisationsOf(registrationFile: string): Promise<Organisation[]> {
  const found: Organisation[] = [];
  for await (const line of createInterface({ input: fs.createReadStream(registrationFile), crlfDelay: Infinity })) {
    if (!line.includes('"SubjectRegistered"')) continue;
    const { subject } = JSON.parse(line) as { subject: Organisation };
    found.push({ code: subject.code, name: subject.name });
  }
  return found;
}

/** `count` substrings of `length` characters (code points) at random places of random names, the same for a seed. */
export function substringsOf(organisations: readonly Organisation[], length: number, count: number, seed: number): string[] {
  const random = new Random(seed + length);
  const queries: string[] = [];
  while (queries.length < count) {
    const characters = Array.from(random.pick(organisations).name);
    if (characters.length < length) continue;
    const start = random.int(0, characters.length - length);
    queries.push(characters.slice(start, start + length).join(''));
  }
  return queries;
}

/** The search figures: each query set from 8 keep-alive connections for `seconds`. */
export async function measureSearch(
  apiUrl: string,
  key: string,
  registrationFile: string,
  seconds: number,
  seed: number,
): Promise<SearchFigures> {
  const organisations = await organisationsOf(registrationFile);
  const searching = (queries: readonly string[]) => (i: number) => `/v1/subjects?q=${encodeURIComponent(queries[i % queries.length])}`;
  const byCode = (i: number) => `/v1/subjects?q=${organisations[(i * 7919) % organisations.length].code}`;
  const lengths = ['2', '3', '4'] as const;
  const queries = Object.fromEntries(lengths.map((n) => [n, substringsOf(organisations, Number(n), QUERIES, seed)]));
  await timedLoad(apiUrl, key, 2, searching(queries['3'])); // warm-up: connections, plans, caches
  const byLength = {} as Record<(typeof lengths)[number], SearchLatency>;
  for (const n of lengths) byLength[n] = await timedLoad(apiUrl, key, seconds, searching(queries[n]));
  return { byLength, exactCode: await timedLoad(apiUrl, key, seconds, byCode), organisations: organisations.length };
}

/** Requests from 8 connections for `seconds`, each to the next path `pathAt` gives; every response's time kept. */
function timedLoad(apiUrl: string, key: string, seconds: number, pathAt: (i: number) => string): Promise<SearchLatency> {
  let i = 0;
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: apiUrl,
        connections: CONNECTIONS,
        duration: seconds,
        headers: { 'x-api-key': key },
        requests: [{ setupRequest: (request) => ({ ...request, path: pathAt(i++) }) }],
      },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(times.length * q))] * 10) / 10;
        resolve({
          requestsPerSecond: result.requests.average,
          p50: at(0.5),
          p95: at(0.95),
          p99: at(0.99),
          requests: result.requests.total,
          errors: result.errors + result.non2xx,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
}
