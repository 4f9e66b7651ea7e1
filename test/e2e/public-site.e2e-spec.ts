import { fixedClock } from '#kernel';
import { validResidentId } from '#kernel/testing';
import { courtListing, enterpriseCode, warningPenalty } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';

/**
 * The public credit site's lists (issue 15): 双公示 licences and penalties, 双随机 results and the red and black lists,
 * each inside its publication window on the day asked, with no key, paged, under the public rate limit.
 */
const PUBLIC_REQUESTS = 12;
const api = useTestApi(
  { market: ['own-decisions'], court: ['court'], tax: ['tax'] },
  {
    config: { trustProxy: 'loopback', rateLimits: { windowSeconds: 60, publicRequests: PUBLIC_REQUESTS, failedAuthentications: 50 } },
    overrides: { clock: fixedClock('2026-11-20T04:00:00Z') },
  },
);

const company = (n: number, name: string) => ({ kind: 'enterprise', code: enterpriseCode(n, '610902'), name });
const food = company(9101, '安康某某食品有限公司');
const restaurant = company(9102, '安康某某餐饮有限公司');
const oldOffender = company(9103, '安康旧案商贸有限公司');
const person = { kind: 'natural-person', code: validResidentId('610902', '19800101', 12), name: '张三' };
const taxpayers = [9111, 9112, 9113].map((n, i) => company(n, `安康守信纳税${i + 1}号有限公司`));

let lastPosition = '';
async function record(department: string, items: object[]): Promise<void> {
  const response = await fetch(`${api.base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': api.keys[department] },
    body: JSON.stringify({ items }),
  });
  const body: any = await response.json();
  expect([response.status, body.results.map((r: any) => r.problem ?? r.status)]).toEqual([200, items.map(() => 'accepted')]);
  lastPosition = body.results.at(-1).position;
}

let address = 0;
/** A public GET from its own client address (the rate limit is per address), with no key. */
async function get(path: string, from = `203.0.113.${++address % 250}`): Promise<{ status: number; body: any }> {
  const separator = path.includes('?') ? '&' : '?';
  const response = await fetch(`${api.base}${path}${separator}after=${lastPosition}`, { headers: { 'x-forwarded-for': from } });
  return { status: response.status, body: await response.json() };
}

describe(`the public site's lists (${backend})`, () => {
  beforeAll(async () => {
    await record('market', [
      warningPenalty('P-1', food, { decisionNumber: '安市监罚〔2026〕101号', decisionDate: '2026-10-12', publicationDate: '2026-10-14' }),
      warningPenalty('P-2', person, {
        decisionNumber: '安市监罚〔2026〕102号',
        violationFacts: `当事人${person.code}无证经营`,
        decisionDate: '2026-11-02',
        publicationDate: '2026-11-03',
      }),
      // 527号 一般: published for a year from 2021-03-01, long over on 2026-11-20
      warningPenalty('P-3', oldOffender, {
        decisionNumber: '安市监罚〔2021〕7号',
        decisionDate: '2021-03-01',
        publicationDate: '2021-03-03',
      }),
      {
        type: 'LicenceGranted',
        sourceRecordId: 'L-1',
        subject: restaurant,
        data: {
          decisionNumber: '安市监许〔2026〕55号',
          decisionDocumentName: '食品经营许可决定书',
          licenceCategory: '普通',
          content: '热食类食品制售',
          decisionDate: '2026-09-01',
          validFrom: '2026-09-01',
          validTo: '2031-08-31',
          authorityName: '安康市市场监督管理局',
        },
      },
      {
        type: 'InspectionResultRecorded',
        sourceRecordId: 'I-1',
        subject: food,
        data: {
          inspectionNumber: 'AK-SJ-2026-031',
          inspectedOn: '2026-08-18',
          items: '食品经营许可情况检查',
          result: 'compliant',
          authorityName: '安康市市场监督管理局',
        },
      },
    ]);
    await record('court', [courtListing('C-1', food, 31)]);
    await record(
      'tax',
      taxpayers.map((taxpayer, i) => ({
        type: 'TaxCreditRated',
        sourceRecordId: `T-${i}`,
        subject: taxpayer,
        data: { year: 2025, level: 'A', publishedOn: `2026-04-2${i}` },
      })),
    );
  });

  it('lists penalties in their window, newest first, a person’s 身份证号 masked; one past its window is not listed', async () => {
    const { status, body } = await get('/v1/public/double-publicity?kind=penalty');
    expect(status).toBe(200);
    expect(body).toMatchObject({ page: 1, limit: 20, total: 2 });
    expect(body.items.map((i: any) => i.decisionNumber)).toEqual(['安市监罚〔2026〕102号', '安市监罚〔2026〕101号']);
    const [personal, organisation] = body.items;
    expect(personal.subject).toEqual({
      kind: 'natural-person',
      code: `${person.code.slice(0, 6)}********${person.code.slice(-4)}`,
      name: '张三',
    });
    expect(JSON.stringify(body)).not.toContain(person.code);
    expect(personal.content.violationFacts).toContain('********');
    expect(organisation).toMatchObject({
      kind: 'penalty',
      title: '未按规定公示年度报告',
      subject: { code: food.code, name: food.name },
      authority: { name: '北京市朝阳区市场监督管理局' },
      decisionDate: '2026-10-12',
      content: { legalBasis: '《企业信息公示暂行条例》第十七条', content: '警告' },
      window: { from: '2026-10-12', until: '2027-10-12', basis: { documentNumber: '国家发展改革委令第36号' } },
    });
    expect(JSON.stringify(body)).not.toContain('安市监罚〔2021〕7号');
  });

  it('lists a licence in force with its term and the (inferred) basis of its window', async () => {
    const { body } = await get('/v1/public/double-publicity?kind=licence');
    expect(body).toMatchObject({ total: 1 });
    expect(body.items[0]).toMatchObject({
      kind: 'licence',
      decisionNumber: '安市监许〔2026〕55号',
      title: '食品经营许可决定书',
      subject: { code: restaurant.code, name: restaurant.name },
      authority: { name: '安康市市场监督管理局' },
      decisionDate: '2026-09-01',
      content: { content: '热食类食品制售', validTo: '2031-08-31' },
      window: { from: '2026-09-01', until: '2031-09-01', basis: { documentNumber: '发改电〔2015〕557号', inferred: expect.any(String) } },
    });
  });

  it('lists a 双随机 result with its result in Chinese', async () => {
    const { body } = await get('/v1/public/inspections');
    expect(body).toMatchObject({ page: 1, limit: 20, total: 1 });
    expect(body.items).toEqual([
      {
        inspectionNumber: 'AK-SJ-2026-031',
        items: '食品经营许可情况检查',
        result: 'compliant',
        resultLabel: '未发现问题',
        inspectedOn: '2026-08-18',
        subject: { kind: 'enterprise', code: food.code, name: food.name },
        authority: { name: '安康市市场监督管理局' },
        window: {
          from: '2026-08-18',
          until: '2029-08-18',
          basis: expect.objectContaining({ documentNumber: '企业信息公示暂行条例 第十四条' }),
        },
      },
    ]);
  });

  it('publishes the black list with the label, basis, period and the deciding court', async () => {
    const { body } = await get('/v1/public/lists?kind=black');
    expect(body).toMatchObject({ total: 1 });
    expect(body.items[0]).toMatchObject({
      listType: 'dishonest-judgment-debtor',
      label: '失信被执行人',
      color: 'black',
      subject: { code: food.code, name: food.name },
      basis: { documentNumber: expect.any(String) },
      // 法释〔2017〕7号 第二条: a listing on grounds (二)–(六) is for a term
      period: { from: '2026-06-15', until: expect.stringMatching(/^20\d\d-\d\d-\d\d$/), longTerm: false },
      decidedBy: '北京市朝阳区人民法院',
    });
  });

  it('pages the red list newest first with the total, and filters it by a partial name or a full code', async () => {
    const first = await get('/v1/public/lists?kind=red&limit=2');
    expect(first.body).toMatchObject({ page: 1, limit: 2, total: 3 });
    expect(first.body.items.map((i: any) => i.subject.name)).toEqual(['安康守信纳税3号有限公司', '安康守信纳税2号有限公司']);
    expect(first.body.items[0]).toMatchObject({
      label: '纳税信用A级纳税人',
      period: { from: '2026-04-22', until: '2027-04-22', longTerm: false },
    });
    const second = await get('/v1/public/lists?kind=red&limit=2&page=2');
    expect(second.body).toMatchObject({ page: 2, limit: 2, total: 3 });
    expect(second.body.items.map((i: any) => i.subject.name)).toEqual(['安康守信纳税1号有限公司']);
    const byName = await get(`/v1/public/lists?kind=red&q=${encodeURIComponent('纳税2号')}`);
    expect(byName.body).toMatchObject({ total: 1, items: [{ subject: { code: taxpayers[1].code } }] });
    const byCode = await get(`/v1/public/lists?kind=red&q=${taxpayers[2].code.toLowerCase()}`);
    expect(byCode.body).toMatchObject({ total: 1, items: [{ subject: { name: '安康守信纳税3号有限公司' } }] });
    const nothing = await get(`/v1/public/lists?kind=red&q=${encodeURIComponent('100%_')}`);
    expect(nothing.body).toEqual({ items: [], page: 1, limit: 20, total: 0 });
  });

  it('never finds a person by name, only by the full 身份证号', async () => {
    expect((await get(`/v1/public/double-publicity?kind=penalty&q=${encodeURIComponent('张三')}`)).body.total).toBe(0);
    const byNumber = await get(`/v1/public/double-publicity?kind=penalty&q=${person.code}`);
    expect(byNumber.body.items.map((i: any) => i.decisionNumber)).toEqual(['安市监罚〔2026〕102号']);
  });

  it.each([
    ['/v1/public/lists?kind=black&page=0', 'page'],
    ['/v1/public/lists?kind=black&page=abc', 'page'],
    ['/v1/public/inspections?limit=101', 'limit'],
    ['/v1/public/inspections?q=a', 'q'],
    ['/v1/public/lists?kind=grey', 'kind'],
    ['/v1/public/double-publicity', 'kind'],
  ])('refuses %s with a 400 naming %s', async (path, field) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body).toMatchObject({ status: 400, errors: [expect.objectContaining({ field })] });
  });

  it('needs no key, and the public rate limit applies to every list', async () => {
    const paths = ['/v1/public/lists?kind=red', '/v1/public/inspections', '/v1/public/double-publicity?kind=licence'];
    for (let i = 0; i < PUBLIC_REQUESTS; i++) expect((await get(paths[i % 3], '198.51.100.77')).status).toBe(200);
    for (const path of paths) expect((await get(path, '198.51.100.77')).status).toBe(429);
    expect((await get(paths[0], '198.51.100.78')).status).toBe(200);
  });
});
