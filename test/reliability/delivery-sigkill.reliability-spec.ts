import fs from 'node:fs';
import { freshPlace, type TestPlace } from '../support/test-storage.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';
import { freePort } from './support/application.js';
import { API_MAIN, killLeftoverProcesses, NodeProcess, runCli } from './support/child-process.js';
import { departmentsForChildProcesses } from './support/child-departments.js';
import { withDatabase } from './support/database.js';
import { postFacts } from './support/fact-poster.js';
import { deliveryFindings, listingEpisodes, loggedListChanges, type LoggedChange } from './support/list-change-delivery.js';
import { RELIABILITY_SEED, scenarioRandom, scratchDirectory } from './support/scenario.js';
import { PhaseClock, printSummary } from './support/summary.js';

const SUBJECTS = 120;
/** Four list changes per subject (listingEpisodes): red listed, black listed, red ended by it, black removed. */
const CHANGES_PER_SUBJECT = 4;
const FAIL_FIRST = 3;
const SLOW_REQUESTS = 40;
const SLOW_MS = 250;
/** Retries within a second, dead letters only past the failing start, answers awaited well past the slow ones, small
 * deliveries (many requests to kill inside). */
const WEBHOOKS = {
  JIANGCHENG_WEBHOOK_KEY: 'reliability-webhook-key-0123456789abcdef',
  WEBHOOK_ALLOWED_NETWORKS: '127.0.0.1', // the receiver listens on loopback
  WEBHOOK_RETRY_BASE_MS: '100',
  WEBHOOK_RETRY_MAX_MS: '1000',
  WEBHOOK_MAX_ATTEMPTS: '10',
  WEBHOOK_TIMEOUT_MS: '5000',
  WEBHOOK_BATCH_SIZE: '10',
};

let place: TestPlace;
const receivers: WebhookReceiver[] = [];
const work = scratchDirectory('reliability-delivery');
afterAll(async () => {
  await killLeftoverProcesses();
  await Promise.all(receivers.map((r) => r.stop()));
  await place?.dispose();
  fs.rmSync(work, { recursive: true, force: true });
});

/** The api with its projections and the delivery worker in the same process: one SIGKILL stops all of them. */
async function startDeliveringApi(env: NodeJS.ProcessEnv, port: number): Promise<NodeProcess> {
  const api = new NodeProcess(API_MAIN, [], { ...env, PORT: String(port), HOST: '127.0.0.1', RUN_PROJECTIONS_IN_API: 'true' });
  await api.waitForLine(/listening on http:/);
  return api;
}

describe('SIGKILL of the api during webhook delivery (PostgreSQL)', () => {
  it('delivers every list change at least once, skips none, and keeps each subject’s changes in log order', async () => {
    const random = scenarioRandom(3);
    const phases = new PhaseClock();
    const departments = departmentsForChildProcesses(work, {
      authority: ['list-authority'],
      tax: ['tax'],
      office: ['credit-office'],
    });
    place = await freshPlace();
    const env = { ...process.env, ...place.env, ...departments.env, ...WEBHOOKS, LOG_LEVEL: 'warn' };
    await runCli(['migrate'], env);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    let api = await startDeliveringApi(env, port);

    // Kills, each inside a receiver's request while the api waits for its answer: the first while the failing
    // receiver's second attempt is held, the rest when shares of all expected receipts have arrived.
    const estimate = SUBJECTS * (CHANGES_PER_SUBJECT + CHANGES_PER_SUBJECT + 2);
    const shares = [0.15, 0.45, 0.75].map((share) => share + random.int(0, 10) / 100);
    let kills = 0;
    let restarting: Promise<void> = Promise.resolve();
    const kill = () => {
      const downMs = random.int(0, 500);
      restarting = restarting.then(async () => {
        await api.stop('SIGKILL');
        kills++;
        await new Promise((resolve) => setTimeout(resolve, downMs));
        api = await startDeliveringApi(env, port);
      });
    };
    const received = () => receivers.reduce((sum, r) => sum + r.accepted().reduce((n, d) => n + changeCount(d.body), 0), 0);
    const killWhen = (index: number, receiver: 'failing' | 'other') => {
      if (receiver === 'failing' && index === 1) kill();
      else if (shares.length > 0 && received() >= shares[0] * estimate) {
        shares.shift();
        kill();
      }
    };

    // A receiver down at first, then slow; one that takes only the black list and is slow throughout; a quick one.
    receivers.push(
      new WebhookReceiver({
        failFirst: FAIL_FIRST,
        onRequest: ({ index }) => killWhen(index, 'failing'),
        answerAfterMs: ({ index }) => (index < SLOW_REQUESTS ? SLOW_MS : 0),
      }),
      new WebhookReceiver({ onRequest: ({ index }) => killWhen(index, 'other'), answerAfterMs: () => SLOW_MS / 2 }),
      new WebhookReceiver({ onRequest: ({ index }) => killWhen(index, 'other') }),
    );
    const filters: (string[] | undefined)[] = [undefined, ['wage-arrears'], undefined];
    for (const [i, receiver] of receivers.entries()) {
      const response = await fetch(`${base}/v1/subscriptions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': departments.keys.office },
        body: JSON.stringify({ url: await receiver.start(), ...(filters[i] ? { listTypes: filters[i] } : {}) }),
      });
      const created = (await response.json()) as { secret: string };
      expect(response.status).toBe(201);
      receiver.verifyWith(created.secret);
    }
    phases.lap('start');

    const facts = listingEpisodes({ tax: 'tax', authority: 'authority' }, SUBJECTS);
    const report = await postFacts(base, departments.keys, facts, { workers: 4, batchSize: 8, retryDelayMs: 100, giveUpAfterMs: 60_000 });
    phases.lap('load');

    const logged = await withDatabase(place.env.DATABASE_URL, loggedListChanges);
    const expected = filters.map((f) => logged.filter((change) => !f || f.includes(change.listType)));
    const complete = () => receivers.every((r, i) => deliveryFindings(r, expected[i]).missing.length === 0);
    await waitUntil(complete, 90_000).catch(() => {}); // the findings below say what is missing
    await restarting;
    await waitUntil(complete, 30_000).catch(() => {});
    await api.stop('SIGTERM');
    phases.lap('delivery with kills');

    const findings = receivers.map((r, i) => deliveryFindings(r, expected[i]));
    printSummary('SIGKILL of the api during webhook delivery', {
      seed: RELIABILITY_SEED,
      'facts (answers)': `${facts.length} (${report.requests} requests, ${report.networkErrors} network errors, ${report.serverErrors} 5xx)`,
      'list changes in the log': logged.length,
      kills,
      'per receiver: expected / requests / failed attempts / repeats': findings
        .map((f, i) => `${expected[i].length} / ${receivers[i].deliveries.length} / ${f.failedAttempts} / ${f.repeats}`)
        .join(', '),
      seconds: phases.toString(),
    });

    expect(report.answers.filter((a) => a.status !== 'accepted' && a.status !== 'duplicate')).toEqual([]);
    expect(logged.length).toBe(SUBJECTS * CHANGES_PER_SUBJECT);
    expect(kills).toBe(4);
    expect(findings[0].failedAttempts).toBeGreaterThanOrEqual(FAIL_FIRST);
    findings.forEach((f) => {
      expect(f.missing).toEqual([]);
      expect(f.outOfOrder).toEqual([]);
      expect(f.unexpected).toEqual([]);
      expect(f.badSignatures).toBe(0);
      expect(f.idempotencyKeysOff).toBe(0);
    });
  });
});

function changeCount(body: unknown): number {
  return (body as { changes?: LoggedChange[] } | undefined)?.changes?.length ?? 0;
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !condition();) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
