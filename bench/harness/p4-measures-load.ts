import fs from 'node:fs';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import type { LatencyFigures } from './results.js';

const CONNECTIONS = 8;

export interface QuerySubjects {
  readonly enterprises: string[];
  readonly persons: string[];
}

/** The organisations registered in the dataset and their legal representatives: who P4 asks about. */
export async function subjectsOf(registrationFile: string): Promise<QuerySubjects> {
  const enterprises: string[] = [];
  const persons: string[] = [];
  for await (const line of createInterface({ input: fs.createReadStream(registrationFile), crlfDelay: Infinity })) {
    if (line.includes('"SubjectRegistered"')) enterprises.push((JSON.parse(line) as { subject: { code: string } }).subject.code);
    else if (line.includes('"legal-representative"'))
      persons.push((JSON.parse(line) as { data: { person: { idNumber: string } } }).data.person.idNumber);
  }
  return { enterprises, persons };
}

/** Requests from 8 keep-alive connections for `seconds`, each to the next path `pathAt` gives. */
export async function load(apiUrl: string, key: string, seconds: number, pathAt: (i: number) => string): Promise<LatencyFigures> {
  let i = 0;
  const result = await autocannon({
    url: apiUrl,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'x-api-key': key },
    requests: [{ setupRequest: (request) => ({ ...request, path: pathAt(i++) }) }],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
  };
}

/** One POST /v1/checks of `batch` subjects at a time, `calls` times: milliseconds per call. */
export async function batchChecks(
  apiUrl: string,
  key: string,
  subjects: readonly string[],
  asOf: string,
  calls: number,
  batch = 1000,
): Promise<{ p50: number; p99: number; calls: number }> {
  const times: number[] = [];
  for (let call = 0; call < calls; call++) {
    const chosen = Array.from({ length: batch }, (_, j) => subjects[(call * 131 + j) % subjects.length]);
    const started = process.hrtime.bigint();
    const response = await fetch(`${apiUrl}/v1/checks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ subjects: [...new Set(chosen)], asOf, purpose: 'bench' }), // persons among them need a purpose
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`POST /v1/checks answered ${response.status}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))];
  return { p50: at(0.5), p99: at(0.99), calls };
}
