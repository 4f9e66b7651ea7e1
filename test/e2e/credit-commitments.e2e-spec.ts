import { fixedClock } from '#kernel';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';

/**
 * Credit commitments (告知承诺): an approval on commitment, then verification. A commitment found broken is recorded as
 * dishonesty information (国办发〔2019〕35号, 令第36号) and shows in checks with its basis, with the one measure the
 * sources give it (国办发〔2020〕42号: no approval on commitment until repaired); a kept one shows nothing.
 */
const api = useTestApi(
  { market: ['own-decisions'], office: ['credit-office'] },
  { overrides: { clock: fixedClock('2026-06-01T04:00:00Z') } },
);

const breaker = { kind: 'enterprise', code: enterpriseCode(8101, '610902'), name: '安康某某食品有限公司' };
const keeper = { kind: 'enterprise', code: enterpriseCode(8102, '610902'), name: '安康某某餐饮有限公司' };
const minorBreaker = { kind: 'enterprise', code: enterpriseCode(8103, '610902'), name: '安康某某超市有限公司' };

async function post(subject: object, type: string, sourceRecordId: string, data: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${api.base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': api.keys.market },
    body: JSON.stringify({ items: [{ type, sourceRecordId, subject, data }] }),
  });
  const body: any = await response.json();
  expect([response.status, body.results[0].status, body.results[0].problem]).toEqual([200, 'accepted', undefined]);
  return body.results[0].position;
}

const made = (subject: { code: string }, number: string) =>
  post(subject, 'CreditCommitmentMade', `made-${number}`, {
    commitmentNumber: number,
    matter: '食品经营许可告知承诺',
    madeOn: '2026-04-10',
    dueOn: '2026-05-31',
  });

async function check(after: string, subjects: string[]): Promise<any[]> {
  const response = await fetch(`${api.base}/v1/checks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': api.keys.market },
    // read your writes: the position of the last fact recorded
    body: JSON.stringify({ subjects, asOf: '2026-06-01', scenario: 'administrative-approval', purpose: '食品经营许可审批', after }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as any).results;
}

describe('credit commitments (告知承诺) in checks', () => {
  let afterAll = '';

  it('made → broken: the check shows the dishonesty information with its basis, and the 42号 measure', async () => {
    await made(breaker, 'CN-2026-0001');
    const position = await post(breaker, 'CreditCommitmentBroken', 'broken-1', {
      commitmentNumber: 'CN-2026-0001',
      verifiedOn: '2026-05-20',
      finding: '实际经营场所与承诺不符',
      severity: 'general',
    });
    await made(keeper, 'CN-2026-0002');
    afterAll = await post(keeper, 'CreditCommitmentKept', 'kept-2', { commitmentNumber: 'CN-2026-0002', verifiedOn: '2026-05-20' });

    const [result] = await check(position, [breaker.code]);
    expect(result.lists).toEqual([
      expect.objectContaining({
        listType: 'broken-credit-commitment',
        color: 'black',
        since: '2026-05-20',
        until: '2027-05-20',
        status: 'active',
        basis: expect.objectContaining({ documentNumber: '国办发〔2019〕35号' }),
      }),
    ]);
    expect(result.measures.map((m: any) => [m.id, m.basis.documentNumber])).toEqual([['CC.NO_COMMITMENT_APPROVAL', '国办发〔2020〕42号']]);
  });

  it('made → kept: the check shows nothing', async () => {
    const [result] = await check(afterAll, [keeper.code]);
    expect([result.lists, result.measures]).toEqual([[], []]);
  });

  it('the measures endpoint answers the same; outside the approval scenario the record shows without a measure', async () => {
    const answer = await fetch(`${api.base}/v1/subjects/${breaker.code}/measures?asOf=2026-06-01&after=${afterAll}`, {
      headers: { 'x-api-key': api.keys.market },
    });
    const body: any = await answer.json();
    expect(body.lists.map((l: any) => l.listType)).toEqual(['broken-credit-commitment']);
    expect(body.measures.map((m: any) => m.id)).toEqual(['CC.NO_COMMITMENT_APPROVAL']);
    const procurement: any = await (
      await fetch(`${api.base}/v1/subjects/${breaker.code}/measures?asOf=2026-06-01&scenario=government-procurement`, {
        headers: { 'x-api-key': api.keys.market },
      })
    ).json();
    expect([procurement.lists.length, procurement.measures]).toEqual([1, []]);
  });

  it('after the maximum period of its class the record no longer applies', async () => {
    const answer: any = await (
      await fetch(`${api.base}/v1/subjects/${breaker.code}/measures?asOf=2027-05-20`, { headers: { 'x-api-key': api.keys.market } })
    ).json();
    expect(answer.measures).toEqual([]);
    expect(answer.lists).toEqual([expect.objectContaining({ listType: 'broken-credit-commitment', status: 'expired' })]);
  });

  it('the public view shows a 一般 record in its window, and a 轻微 one not at all (令第36号: not published in principle)', async () => {
    await made(minorBreaker, 'CN-2026-0003');
    const position = await post(minorBreaker, 'CreditCommitmentBroken', 'broken-3', {
      commitmentNumber: 'CN-2026-0003',
      verifiedOn: '2026-05-20',
      finding: '逾期未补交材料',
      severity: 'minor',
    });
    const publicView = async (code: string) =>
      ((await (await fetch(`${api.base}/v1/public/subjects/${code}?after=${position}`)).json()) as any).records;
    expect((await publicView(breaker.code)).map((r: any) => [r.kind, r.content.listType])).toEqual([
      ['list-entry', 'broken-credit-commitment'],
    ]);
    expect(await publicView(minorBreaker.code)).toEqual([]);
    // in force for its 3 months all the same: approvals on commitment stop
    const [result] = await check(position, [minorBreaker.code]);
    expect(result.measures.map((m: any) => m.id)).toEqual(['CC.NO_COMMITMENT_APPROVAL']);
  });

  it('a broken finding naming no commitment of the subject is refused with the reason', async () => {
    const response = await fetch(`${api.base}/v1/facts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': api.keys.market },
      body: JSON.stringify({
        items: [
          {
            type: 'CreditCommitmentBroken',
            sourceRecordId: 'broken-stray',
            subject: keeper,
            data: { commitmentNumber: 'CN-NONE', verifiedOn: '2026-05-20', finding: '无', severity: 'serious' },
          },
        ],
      }),
    });
    const body: any = await response.json();
    expect(body.results[0].status).toBe('rejected');
    expect(body.results[0].problem).toEqual(
      expect.objectContaining({ status: 422, errors: [expect.objectContaining({ field: 'data.commitmentNumber' })] }),
    );
  });
});
