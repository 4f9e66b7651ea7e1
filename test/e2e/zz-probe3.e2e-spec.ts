import { appendFileSync } from 'node:fs';
import { testEvent } from '#event-store/testing';
import { createApi } from '../../apps/api/src/create-api.js';
import { openTestStorage } from '../support/test-storage.js';

it('health', async () => {
  const storage = await openTestStorage();
  const app = await createApi({ ...storage.config, runProjectionsInApi: true, logLevel: 'debug' } as any, storage);
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  await storage.eventStore.append('health-check', [testEvent()]);
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 3000));
    const r = await fetch(`${base}/health`, { signal: AbortSignal.timeout(10000) }).catch((e) => ({ text: async () => String(e) }));
    appendFileSync('/tmp/probe3.out', (await r.text()) + '\n');
  }
  process.exit(0);
}, 120000);
