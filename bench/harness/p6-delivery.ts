import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { addDays, todayInShanghai, type LocalDate } from '#kernel';
import { openStorage } from '#runtime';
import { expireCommand } from '../../apps/cli/src/commands/expire.command.js';
import { ApiProcess } from './api-process.js';
import { DeliveryReceiver } from './delivery-receiver.js';
import { ProjectorProcess } from './projector-process.js';
import type { DeliveryFigures } from './results.js';
import type { BenchTarget } from './target.js';

const SUBSCRIBERS = 20;
const CHANGES_PER_SECOND = 200;
/** Each pair of facts (an A rating, then a wage-arrears listing) makes three list changes: listed red, listed black, red ended. */
const FACTS_PER_SECOND = (CHANGES_PER_SECOND * 2) / 3;
/** A receiver that has heard nothing new for this long has been sent everything it will be sent. */
const QUIET_MS = 3_000;
const DRAIN_LIMIT_MS = 120_000;
const FAN_OUT_CATCH_UP_LIMIT_MS = 900_000;
const BASELINE_POSTS = 1_000;
const BASELINE_PER_SECOND = 500;

/** Every fourth subscriber wants only the black list, the next only the red one; the rest every list change. */
const filterOf = (i: number): readonly string[] | undefined =>
  i % 4 === 0 ? ['wage-arrears'] : i % 4 === 1 ? ['a-level-taxpayer'] : undefined;

interface RegisteredSubject {
  readonly kind: string;
  readonly code: string;
  readonly name: string;
}

/** A list change the log holds: the truth every receiver is held to. */
interface LoggedChange {
  readonly id: string;
  readonly subject: string;
  readonly revision: number;
  readonly listType: string;
}

/**
 * P6: 20 subscriptions, each to its own receiver; facts that list POSTed one per request at a steady 200 a second:
 * per subject an A tax rating (the red list A级纳税人) and 5 ms later a wage-arrears listing decision (black), which
 * also ends the red entry — three list changes in a row on one subject, where its history allows them. Latency runs from the change's recordedAt (the log's clock, stamped in the appending
 * transaction) to its first arrival. Afterwards every list change the log holds from the run is looked for at every
 * receiver whose filter takes it, and each subject's changes must have arrived in log order.
 */
export async function measureDelivery(
  target: BenchTarget,
  registrationFile: string,
  seconds: number,
  apiProfiles?: string,
): Promise<DeliveryFigures> {
  // Entries whose term ran out are recorded now, not by the api's expiry job in the middle of the run.
  await expireCommand(target.config, {});
  const logHead = await onLog(target, async (query) =>
    Number((await query<{ head: string }>(`SELECT max(global_position) AS head FROM events`))[0].head),
  );
  const subjects = await registeredSubjects(registrationFile);
  const keyOf = (role: string) => {
    const department = target.departments.find((d) => d.department.roles.some((r) => r === role));
    if (!department) throw new Error(`the dataset has no ${role} department`);
    return department.key;
  };
  const keys = [keyOf('tax'), keyOf('list-authority')];

  const receivers = Array.from({ length: SUBSCRIBERS }, () => new DeliveryReceiver());
  const urls = await Promise.all(receivers.map((r) => r.start()));
  // As deployed: with PostgreSQL the api appends and a projector process projects and delivers; embedded, the api does
  // all three. Both hold the server key the webhook secrets derive from (else each would write one under ./data).
  const env = { ...target.env, JIANGCHENG_WEBHOOK_KEY: randomBytes(32).toString('hex'), WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1' };
  const topology = target.env.DATABASE_URL ? 'api + projector process' : 'api alone (embedded)';
  const projector = target.env.DATABASE_URL ? await ProjectorProcess.start({ ...env, RUN_PROJECTIONS_IN_API: 'false' }) : undefined;
  const api = await ApiProcess.start({ ...env, RUN_PROJECTIONS_IN_API: projector ? 'false' : 'true' }, apiProfiles);
  // A bulk import ran with no fan-out: as in a deployment where it has run all along, the load starts once the
  // fan-out has read the log up to now (its catch-up time is reported apart, not as latency).
  const catchUp = await fanOutReaches(target, logHead);
  try {
    const baseline = await bareRoundTrips(urls);
    for (const [i, url] of urls.entries()) receivers[i].verifyWith(await subscribe(api.url, target.queryKey, url, filterOf(i)));

    const today = todayInShanghai();
    const count = Math.round(seconds * FACTS_PER_SECOND);
    const facts = Array.from({ length: count }, (_, i) => listingFact(i, subjects[Math.floor(i / 2) % subjects.length], today));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    const answers: Record<string, number> = {};
    const posting = await atSteadyRate(count, FACTS_PER_SECOND, async (i) => {
      const status = await postFact(api.url, keys[i % 2], facts[i], agent);
      answers[status] = (answers[status] ?? 0) + 1;
    });
    agent.destroy();
    const drainStarted = Date.now();
    await quiet(receivers);
    const drainSeconds = (Date.now() - drainStarted) / 1000;
    await api.stop();
    await projector?.stop();

    const changes = await onLog(target, (query) =>
      query<{ id: string; subject: string; revision: string; listType: string }>(
        `SELECT event_id AS id, data->>'listType' AS "listType", stream_id AS subject, stream_revision::text AS revision
           FROM events WHERE global_position > $1 AND event_type IN ('credit.SubjectListed.v1', 'credit.SubjectDelisted.v1')
          ORDER BY global_position`,
        [logHead],
      ),
    );
    const logged: LoggedChange[] = changes.map((c) => ({
      ...c,
      subject: c.subject.replace(/^subject-/, ''),
      revision: Number(c.revision),
    }));
    return {
      subscribers: SUBSCRIBERS,
      offeredPerSecond: CHANGES_PER_SECOND,
      facts: count,
      answers,
      postedPerSecond: count / posting.seconds,
      postingSeconds: posting.seconds,
      drainSeconds,
      changes: logged.length,
      changesPerSecond: logged.length / posting.seconds,
      latencyFrom: 'recordedAt',
      topology,
      fanOutCatchUpSeconds: catchUp,
      ...held(receivers, logged),
      baseline,
    };
  } finally {
    await api.stop();
    await projector?.stop();
    await Promise.all(receivers.map((r) => r.stop()));
  }
}

/** What the receivers got, held against the log's changes. */
function held(receivers: readonly DeliveryReceiver[], logged: readonly LoggedChange[]) {
  const revision = new Map(logged.map((c) => [c.id, c.revision]));
  const latencies: number[] = [];
  let expected = 0;
  let missed = 0;
  let outOfOrder = 0;
  let earlier = 0;
  receivers.forEach((receiver, i) => {
    const wanted = filterOf(i);
    for (const change of logged) {
      if (wanted && !wanted.includes(change.listType)) continue;
      expected++;
      const latency = receiver.latencyMs.get(change.id);
      if (latency === undefined) missed++;
      else latencies.push(latency);
    }
    for (const id of receiver.latencyMs.keys()) if (!revision.has(id)) earlier++;
    for (const ids of receiver.arrivalOrder.values()) {
      const revisions = ids.filter((id) => revision.has(id)).map((id) => revision.get(id)!);
      outOfOrder += revisions.filter((r, k) => k > 0 && r < revisions[k - 1]).length;
    }
  });
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? NaN;
  return {
    expectedReceipts: expected,
    missed,
    outOfOrder,
    notFromTheRun: earlier,
    repeats: receivers.reduce((sum, r) => sum + r.repeats, 0),
    badSignatures: receivers.reduce((sum, r) => sum + r.badSignatures, 0),
    unreadableBodies: receivers.reduce((sum, r) => sum + r.unreadable, 0),
    deliveryRequests: receivers.reduce((sum, r) => sum + r.requests, 0),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: latencies.at(-1) ?? NaN,
  };
}

/** The baseline: a one-change delivery body POSTed straight from this process to the receivers, round trip in ms. */
async function bareRoundTrips(urls: readonly string[]): Promise<{ p99: number; p50: number; requests: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const body = JSON.stringify({
    deliveryId: '00000000-0000-4000-8000-000000000000',
    subscriptionId: '00000000-0000-4000-8000-000000000000',
    attempt: 1,
    changes: [{ id: 'baseline', kind: 'baseline', subject: 'baseline', recordedAt: new Date().toISOString() }],
  });
  const times: number[] = [];
  await atSteadyRate(BASELINE_POSTS, BASELINE_PER_SECOND, async (i) => {
    const started = performance.now();
    const status = await post(urls[i % urls.length].replace(/\/hooks$/, '/baseline'), body, {}, agent);
    if (status !== 204) throw new Error(`a receiver answered ${status}`);
    times.push(performance.now() - started);
  });
  agent.destroy();
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], p99: times[Math.floor(times.length * 0.99)], requests: times.length };
}

async function subscribe(apiUrl: string, key: string, url: string, listTypes?: readonly string[]): Promise<string> {
  const response = await fetch(`${apiUrl}/v1/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ url, ...(listTypes ? { listTypes } : {}) }),
  });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST /v1/subscriptions answered ${response.status}: ${text.slice(0, 300)}`);
  return (JSON.parse(text) as { secret: string }).secret;
}

/** Even: the tax department's A rating of last year; odd: the credit-list authority's wage-arrears listing. */
function listingFact(i: number, subject: RegisteredSubject, today: LocalDate): string {
  const fact =
    i % 2 === 0
      ? { type: 'TaxCreditRated', data: { year: Number(today.slice(0, 4)) - 1, level: 'A', publishedOn: today } }
      : {
          type: 'ListingDecided',
          data: {
            decisionNumber: `京人社列基〔${today.slice(0, 4)}〕${i}号`,
            listType: 'wage-arrears',
            grounds: [],
            basis: '人社部规〔2017〕16号第五条',
            listedOn: today,
            validUntil: addDays(today, 3 * 365 - 1),
          },
        };
  return JSON.stringify({ ...fact, sourceRecordId: `bench-p6-${i}`, subject });
}

/** POSTs one fact; resolves to its answer's status (accepted, duplicate, rejected), rejects on anything but 200. */
async function postFact(apiUrl: string, key: string, fact: string, agent: http.Agent): Promise<string> {
  let answer = '';
  const status = await post(`${apiUrl}/v1/facts`, `{"items":[${fact}]}`, { 'x-api-key': key }, agent, (text) => (answer = text));
  if (status !== 200) throw new Error(`POST /v1/facts answered ${status}: ${answer.slice(0, 300)}`);
  return (JSON.parse(answer) as { results: { status: string }[] }).results[0].status;
}

function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  agent: http.Agent,
  read?: (text: string) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          read?.(text);
          resolve(response.statusCode ?? 0);
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Starts `send(i)` for i = 0 … count-1 at `perSecond` (open loop: a slow answer does not delay the next start). */
async function atSteadyRate(count: number, perSecond: number, send: (i: number) => Promise<void>): Promise<{ seconds: number }> {
  const started = performance.now();
  const sent: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = started + (i * 1000) / perSecond - performance.now();
    if (wait >= 1) await new Promise((resolve) => setTimeout(resolve, wait));
    sent.push(send(i));
  }
  const failed = (await Promise.allSettled(sent)).find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
  return { seconds: (performance.now() - started) / 1000 };
}

async function quiet(receivers: readonly DeliveryReceiver[]): Promise<void> {
  const started = Date.now();
  const last = () => Math.max(started, ...receivers.map((r) => r.lastArrival));
  while (Date.now() - last() < QUIET_MS && Date.now() - started < DRAIN_LIMIT_MS) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** The organisations the dataset registers, as a fact names its subject. */
async function registeredSubjects(file: string): Promise<RegisteredSubject[]> {
  const subjects: RegisteredSubject[] = [];
  for await (const line of createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity }))
    if (line.includes('"SubjectRegistered"')) subjects.push((JSON.parse(line) as { subject: RegisteredSubject }).subject);
  return subjects;
}

/** SQL on the log while no api holds it (the embedded store admits one process). */
/** Waits until the delivery fan-out's checkpoint reaches `position` (the log's head before the run); seconds taken. */
async function fanOutReaches(target: BenchTarget, position: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const reached = await onLog(target, async (query) =>
      Number((await query<{ at: string | null }>(`SELECT max(prepare_position)::text AS at FROM delivery_fanout`))[0]?.at ?? 0),
    );
    if (reached >= position) return (Date.now() - started) / 1000;
    if (Date.now() - started > FAN_OUT_CATCH_UP_LIMIT_MS) throw new Error(`the delivery fan-out did not reach ${position} (at ${reached})`);
    process.stderr.write(`  P6 fan-out catching up: ${reached}/${position}\n`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

async function onLog<T>(
  target: BenchTarget,
  work: (query: <R>(sql: string, params?: unknown[]) => Promise<R[]>) => Promise<T>,
): Promise<T> {
  const storage = await openStorage(target.config);
  try {
    return await work((sql, params) => storage.readModels.query(sql, params));
  } finally {
    await storage.close();
  }
}
