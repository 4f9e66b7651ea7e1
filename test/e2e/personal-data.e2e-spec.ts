import { fixedClock } from '#kernel';
import { enterpriseCode } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';

const PERSON = '11010519491231002X';
const MASKED = '110105********002X';
const PURPOSE = '招录审查';

let position: string;

const enterprise = { kind: 'enterprise', code: enterpriseCode(6161), name: '北京某某建材有限公司' };
const api = useTestApi(
  { market: ['own-decisions', 'registration'], tax: ['tax'], office: ['credit-office'] },
  { overrides: { clock: fixedClock('2026-11-20T04:00:00Z') } },
);

beforeAll(async () => {
  const response = await fetch(`${api.base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': api.keys.market },
    body: JSON.stringify({
      items: [
        {
          type: 'RoleAppointed',
          sourceRecordId: 'role-1',
          subject: enterprise,
          data: { role: 'legal-representative', person: { idNumber: PERSON, name: '张三' }, from: '2020-01-01' },
        },
      ],
    }),
  });
  position = ((await response.json()) as any).results[0].position;
});

async function get(path: string, key: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.base}${path}${path.includes('?') ? '&' : '?'}after=${position}`, {
    headers: { 'x-api-key': key, ...headers },
  });
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as any };
}

async function logRows(): Promise<{ subject: string; endpoint: string; purpose: string | null; department: string }[]> {
  return api.storage.readModels.query(`SELECT subject, endpoint, purpose, department FROM person_query_log ORDER BY person_query_log.id`);
}

async function newLogRows<T>(action: () => Promise<T>): Promise<{ result: T; rows: Awaited<ReturnType<typeof logRows>> }> {
  const before = (await logRows()).length;
  const result = await action();
  return { result, rows: (await logRows()).slice(before) };
}

const purposeRequired = (answer: { status: number; type: string | null; body: any }) => {
  expect(answer.status).toBe(400);
  expect(answer.type).toContain('application/problem+json');
  expect(answer.body.errors).toEqual([{ field: 'purpose', reason: expect.stringContaining('required') }]);
};

describe(`persons' data: purpose, access log and masking (${backend})`, () => {
  it('a person’s history, measures and lists need a purpose and are recorded with it', async () => {
    for (const endpoint of ['history', 'measures', 'lists']) {
      const { result, rows } = await newLogRows(() => get(`/v1/subjects/${PERSON}/${endpoint}`, api.keys.tax));
      purposeRequired(result);
      expect(rows).toEqual([]);
      const asked = await newLogRows(() => get(`/v1/subjects/${PERSON}/${endpoint}?purpose=${encodeURIComponent(PURPOSE)}`, api.keys.tax));
      expect(asked.result.status).toBe(200);
      expect(asked.rows).toEqual([{ subject: PERSON, endpoint, purpose: PURPOSE, department: 'tax' }]);
    }
  });

  it('reads a Chinese purpose from X-Query-Purpose: RFC 8187, plain percent-encoded, or raw UTF-8 bytes; /lists too', async () => {
    const encoded = encodeURIComponent(PURPOSE);
    const forms = [`UTF-8''${encoded}`, `utf-8'zh-CN'${encoded}`, encoded, Buffer.from(PURPOSE, 'utf8').toString('latin1')];
    for (const endpoint of ['measures', 'lists', 'history']) {
      for (const form of forms) {
        const { result, rows } = await newLogRows(() =>
          get(`/v1/subjects/${PERSON}/${endpoint}`, api.keys.tax, { 'x-query-purpose': form }),
        );
        expect(result.status).toBe(200);
        expect(rows.map((r) => r.purpose)).toEqual([PURPOSE]);
      }
    }
    for (const bad of [`UTF-8''%E6%8B`, `ISO-8859-1''caf%E9`, '%ZZ%E6%8B']) {
      const answer = await get(`/v1/subjects/${PERSON}/measures`, api.keys.tax, { 'x-query-purpose': bad });
      expect(answer.status).toBe(400);
      expect(answer.body.errors.map((e: any) => e.field)).toEqual(['purpose']);
    }
  });

  it('a batch check with a person needs a purpose, from the body or the header', async () => {
    const check = (body: object, headers: Record<string, string> = {}) =>
      fetch(`${api.base}/v1/checks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': api.keys.tax, ...headers },
        body: JSON.stringify(body),
      }).then(async (r) => ({
        status: r.status,
        type: r.headers.get('content-type'),
        body: (await r.json()) as any,
      }));
    expect((await check({ subjects: [enterprise.code] })).status).toBe(200);
    purposeRequired(await check({ subjects: [enterprise.code, PERSON] }));
    const { result, rows } = await newLogRows(() =>
      check({ subjects: [enterprise.code, PERSON] }, { 'x-query-purpose': `UTF-8''${encodeURIComponent(PURPOSE)}` }),
    );
    expect(result.status).toBe(200);
    expect(rows).toEqual([{ subject: PERSON, endpoint: 'checks', purpose: PURPOSE, department: 'tax' }]);
  });

  it('an enterprise’s lists and history show its legal representative’s number masked to other departments, unlogged', async () => {
    for (const endpoint of ['lists', 'history']) {
      const { result, rows } = await newLogRows(() => get(`/v1/subjects/${enterprise.code}/${endpoint}`, api.keys.market));
      expect(result.status).toBe(200);
      const text = JSON.stringify(result.body);
      expect(text).not.toContain(PERSON);
      expect(text).toContain(MASKED);
      expect(rows).toEqual([]);
    }
    expect((await get(`/v1/subjects/${enterprise.code}/lists`, api.keys.market)).body.relations).toEqual([
      expect.objectContaining({ person: MASKED, personName: '张三' }),
    ]);
  });

  it('the credit office sees the full number, but only with a purpose, and the person is recorded', async () => {
    for (const endpoint of ['lists', 'history']) {
      purposeRequired(await get(`/v1/subjects/${enterprise.code}/${endpoint}`, api.keys.office));
      const { result, rows } = await newLogRows(() =>
        get(`/v1/subjects/${enterprise.code}/${endpoint}?purpose=${encodeURIComponent('信用修复核查')}`, api.keys.office),
      );
      expect(result.status).toBe(200);
      expect(JSON.stringify(result.body)).toContain(PERSON);
      expect(rows).toEqual([{ subject: PERSON, endpoint, purpose: '信用修复核查', department: 'office' }]);
    }
  });

  it('the public view masks numbers in every field, also mistyped, spaced, full-width and 15-digit ones, and leaves 文号 and amounts', async () => {
    const facts = [
      '当事人张三（身份证号110105198506125011）',
      '李四（身份证号110105198506125012）',
      '王五（身份证号 110105 19850612 5011）',
      '赵六（身份证号１１０１０５１９８５０６１２５０１１）',
      '钱七（旧身份证号110105850612123）',
    ].join('；');
    const response = await fetch(`${api.base}/v1/facts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': api.keys.market },
      body: JSON.stringify({
        items: [
          {
            type: 'PenaltyDecided',
            sourceRecordId: 'penalty-1',
            subject: enterprise,
            data: {
              decisionNumber: '京朝市监罚〔2026〕0105号',
              violationType: '违规（责任人身份证110105198506125011）',
              violationFacts: facts,
              legalBasis: '《食品安全法》第一百二十四条',
              categories: [{ category: 'fine' }],
              content: '罚款人民币1200000.00元',
              fineAmount: '1200000.00',
              severity: 'general',
              decisionDate: '2026-06-01',
              publicationDate: '2026-06-01',
              authorityName: '北京市朝阳区市场监督管理局',
            },
          },
        ],
      }),
    });
    const written = ((await response.json()) as any).results[0];
    expect(written.status).toBe('accepted');
    const view = (await (await fetch(`${api.base}/v1/public/subjects/${enterprise.code}?after=${written.position}`)).json()) as any;
    const [record] = view.records;
    expect(record.title).toBe('违规（责任人身份证110105********5011）');
    expect(record.content.violationFacts).toBe(
      '当事人张三（身份证号110105********5011）；李四（身份证号110105********5012）；王五（身份证号 110105********5011）；' +
        '赵六（身份证号110105********5011）；钱七（旧身份证号110105*****2123）',
    );
    expect(record.content).toMatchObject({
      decisionNumber: '京朝市监罚〔2026〕0105号',
      content: '罚款人民币1200000.00元',
      fineAmount: '1200000.00',
    });
  });
});
