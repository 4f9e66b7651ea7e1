import { randomUUID } from 'node:crypto';
import { subjectStream } from '#credit';
import { ParkedEvents } from '#read-model';
import { enterpriseCode, warningPenalty } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';

let key: string;
let officeKey: string;
const api = useTestApi({ market: ['own-decisions', 'registration'], office: ['credit-office'] });

beforeAll(async () => {
  key = api.keys.market;
  officeKey = api.keys.office;
});

const penalty = (sourceRecordId: string, code: string, n: number) =>
  warningPenalty(sourceRecordId, { kind: 'enterprise', code, name: `测试企业${n}` }, { decisionNumber: `京朝市监罚〔2026〕${n}号` });

async function post(item: unknown): Promise<string> {
  const response = await fetch(`${api.base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ items: [item] }),
  });
  const body = (await response.json()) as any;
  if (body.results?.[0]?.status !== 'accepted') throw new Error(`${response.status} ${JSON.stringify(body)}`);
  return body.results[0].position;
}

describe(`a poison event in the public disclosure (${backend})`, () => {
  it('a PenaltyDecided the projection cannot apply (dates no validation would pass), appended past validation, is parked; later facts are served; /health is degraded', async () => {
    const poisoned = enterpriseCode(9101);
    await post(penalty('GOOD-1', poisoned, 1));
    const [good] = await api.storage.eventStore.readStream(subjectStream(poisoned));
    const data = good.data as any;
    // A legacy event, written before validation checked what it checks today: straight into the log.
    await api.storage.eventStore.append(subjectStream(poisoned), [
      {
        id: randomUUID(),
        type: good.type,
        data: {
          ...data,
          sourceRecordId: 'POISON-1',
          fact: { ...data.fact, decisionNumber: 'P-POISON', decisionDate: 'May 2026', publicationDate: 'May 2026' },
        },
        metadata: good.metadata,
      },
    ]);
    const later = enterpriseCode(9102);
    const position = await post(penalty('LATER-1', later, 2));

    const view = await fetch(`${api.base}/v1/public/subjects/${later}?after=${position}`);
    expect(view.status).toBe(200);
    expect(((await view.json()) as any).records.map((r: any) => r.content.decisionNumber)).toEqual(['京朝市监罚〔2026〕2号']);

    const parked = await new ParkedEvents(api.storage.readModels).list('public-disclosure');
    expect(parked).toEqual([
      expect.objectContaining({ type: good.type, stream: subjectStream(poisoned), revision: 1, errorCode: '22007' }),
    ]);

    const response = await fetch(`${api.base}/health`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const health = JSON.parse(text);
    expect(health.status).toBe('degraded');
    expect(health.details['projection:public-disclosure']).toMatchObject({
      status: 'degraded',
      parked: { count: 1, firstErrorCode: '22007' },
      reasons: ['1 event(s) parked'],
    });
    expect(health.details['projection:listings'].status).toBe('up');
    expect(text).not.toContain('invalid input syntax'); // the raw SQL error stays out of the public body (F18)…
    const details = (await (await fetch(`${api.base}/health/details`, { headers: { 'x-api-key': officeKey } })).json()) as any;
    expect(details.parked).toEqual([
      expect.objectContaining({
        projection: 'public-disclosure',
        error: expect.stringContaining('invalid input syntax for type date: "May 2026"'),
      }),
    ]);
    expect((await fetch(`${api.base}/health/details`, { headers: { 'x-api-key': key } })).status).toBe(403); // …and is for the credit office
    expect(((await (await fetch(`${api.base}/health/ready`)).json()) as any).status).toBe('degraded');
  });
});
