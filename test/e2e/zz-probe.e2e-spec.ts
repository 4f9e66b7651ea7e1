import { appendFileSync } from 'node:fs';
import { useTestApi } from '../support/test-api.js';

const api = useTestApi({ akscjgj: ['own-decisions'], office: ['credit-office'] });

const U = '00000000-0000-4000-8000-000000000000';
const probes: [string, string, unknown?][] = [
  ['GET', '/v1/statistics/list-changes?from=2026-01-01&to=2026-02-01&after=garbage'],
  ['GET', '/v1/statistics/list-changes?from=2026-01-01&to=2026-02-01&after=99999999999999999999999-1'],
  ['GET', '/v1/statistics/double-publicity?from=2026-01-01&to=2026-02-01&after=garbage'],
  ['GET', '/v1/statistics/repairs?from=2026-01-01&to=2026-02-01&after=garbage'],
  ['GET', '/v1/statistics/feedback?from=2026-01-01&to=2026-02-01&after=garbage'],
  ['GET', '/v1/statistics/typical-cases?from=2026-01-01&to=2026-02-01&after=garbage'],
  ['GET', '/v1/statistics/typical-cases?from=2026-01-01&to=2026-02-01&department=x&department=y'],
  ['GET', '/v1/statistics/objections?from=2026-01-01&to=2026-02-01&from=2026-01-02'],
  ['GET', '/v1/statistics/objections?from=2026-01-01&to=2026-02-01&department=zzz'],
  ['GET', '/v1/statistics/list-changes?from=2026-01-01&to=2026-02-01&format=csv&format=json'],
  ['GET', '/v1/feeds/list-changes?after=garbage'],
  ['GET', '/v1/feeds/list-changes?after=99999999999999999999999-1'],
  ['GET', '/v1/feeds/list-changes?limit=-1'],
  ['GET', '/v1/feeds/list-changes?limit=abc'],
  ['GET', '/v1/feeds/list-changes?limit=1&limit=2'],
  ['GET', '/v1/feeds/list-changes?listType=a&listType=b'],
  ['GET', '/v1/feeds/list-changes?listType=%00'],
  ['GET', '/v1/subscriptions/not-a-uuid'],
  ['GET', `/v1/subscriptions/${U}`],
  ['GET', `/v1/subscriptions/${U}/dead-letters`],
  ['POST', `/v1/subscriptions/${U}/dead-letters/replay`, { deliveryIds: ['x'] }],
  ['POST', `/v1/subscriptions/${U}/dead-letters/replay`, { deliveryIds: 'x' }],
  ['POST', `/v1/subscriptions/${U}/secret`, {}],
  ['DELETE', `/v1/subscriptions/${U}`],
  ['POST', '/v1/subscriptions', { url: 'http://[::1' }],
  ['POST', '/v1/subscriptions', { url: 'http://x\u0000y/' }],
  ['POST', '/v1/subscriptions', { url: 'https://a.cn/', listTypes: [1] }],
  ['POST', '/v1/subscriptions', { url: 'https://a.cn/', ownMeasures: 'yes' }],
  ['POST', '/v1/subscriptions', []],
  ['POST', '/v1/subscriptions', 'null'],
  ['POST', '/v1/checks', { subjects: 'x' }],
  ['POST', '/v1/checks', {}],
  ['GET', '/v1/checks/not-a-uuid'],
  ['GET', `/v1/checks/${U}`],
  ['POST', `/v1/checks/${U}/feedback`, {}],
  ['POST', `/v1/checks/not-a-uuid/feedback`, {}],
  ['POST', `/v1/checks/${U}/feedback/revocation`, {}],
  ['POST', '/v1/objections', {}],
  ['POST', '/v1/objections', { subject: 'x', eventId: 'y' }],
  ['POST', '/v1/objections', { subject: '91610902MA7XXXXXXX', eventId: 'y', grounds: 'a', filedBy: {} }],
  ['GET', '/v1/objections/not-an-id'],
  ['GET', `/v1/objections/${U}`],
  ['GET', '/v1/objections?status=zzz'],
  ['GET', '/v1/objections?overdue=maybe'],
  ['GET', '/v1/objections?limit=1e99'],
  ['GET', '/v1/objections?after=zz'],
  ['POST', `/v1/objections/${U}/acceptance`, {}],
  ['POST', `/v1/objections/${U}/decision`, { outcome: 'constructor', reason: 'x' }],
  ['POST', `/v1/objections/not-an-id/decision`, { outcome: 'rejected', reason: 'x' }],
  ['GET', '/v1/subjects/xyz/repair-eligibility'],
  ['GET', '/v1/subjects/91610902MA7XXXXXXX/repair-eligibility?on=2026-13-01'],
  ['GET', '/v1/subjects/91610902MA7XXXXXXX/repair-eligibility?on=a&on=b'],
  ['POST', '/v1/typical-cases', {}],
  ['POST', '/v1/typical-cases', { kind: 'constructor' }],
  ['GET', '/v1/typical-cases?quarter=2026Q9'],
  ['GET', '/v1/typical-cases?quarter=a&quarter=b'],
  ['GET', '/v1/typical-cases/not-an-id'],
  ['POST', `/v1/typical-cases/${U}/withdrawal`, {}],
  ['POST', `/v1/typical-cases/not-an-id/withdrawal`, { reason: 'x' }],
  ['GET', '/v1/statistics'],
];

it('probes', async () => {

  const out: string[] = [];
  for (const key of [api.keys.akscjgj, api.keys.office]) {
    for (const [method, path, body] of probes) {
      const r = await fetch(`${api.base}${path}`, {
        method,
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(8000),
      }).catch((e) => ({ status: 0, text: async () => String(e) }));
      const t = await r.text();
      appendFileSync('/tmp/probe.out', `${r.status} ${method} ${path} ${t.slice(0, 220).replace(/\n/g, ' ')}\n`);
      out.push(`${r.status} ${method} ${path} ${t.slice(0, 220).replace(/\n/g, ' ')}`);
    }
  }
  console.log(out.length);
}, 600000);
