import { FactCatalogue } from '#credit';
import { todayInShanghai, type Clock } from '#kernel';
import { courtListing, enterpriseCode, warningPenalty } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';

/**
 * The quarterly assessment's statistics: 双公示 timeliness counted on the official calendar from the decision date to the
 * day the record reached the platform (the api's clock, moved between recordings), and list changes per month and type.
 */
let now = new Date('2026-10-15T04:00:00Z');
const clock: Clock = { now: () => new Date(now) };
const api = useTestApi({ akfy: ['court'], akscjgj: ['own-decisions'], office: ['credit-office'] }, { overrides: { clock } });

const catalogue = new FactCatalogue();
const subject = (n: number) => ({ kind: 'enterprise', code: enterpriseCode(n, '610902'), name: `统计测试企业${n}` });
const example = (type: string) => catalogue.get(type)!.example;

async function record(on: string, key: string, ...items: object[]): Promise<string> {
  now = new Date(`${on}T04:00:00Z`);
  const response = await fetch(`${api.base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ items }),
  });
  const body: any = await response.json();
  expect(body.results.map((r: { status: string; problem?: unknown }) => [r.status, r.problem])).toEqual(
    items.map(() => ['accepted', undefined]),
  );
  return body.position;
}

async function get(path: string, key = api.keys.office): Promise<{ status: number; body: any; text: string; type: string | null }> {
  const response = await fetch(`${api.base}${path}`, { headers: { 'x-api-key': key } });
  const text = await response.text();
  const type = response.headers.get('content-type');
  return { status: response.status, text, type, body: type?.includes('json') ? JSON.parse(text) : undefined };
}

describe(`statistics of the quarterly assessment (${backend})`, () => {
  let last = '';

  it('records 双公示 decisions on different days around National Day 2026 and the year end', async () => {
    // National Day 2026: 10-01…10-07 off, Saturday 10-10 worked. 7 working days after Wednesday 09-30 end on 10-15
    // (a weekday count would end on 10-09); 20 end on 11-03. 7 after 12-28 reach 2027, which the calendar does not know yet.
    await record(
      '2026-10-15',
      api.keys.akscjgj,
      warningPenalty('p-holiday', subject(1), { decisionDate: '2026-09-30', publicationDate: '2026-10-15' }),
    );
    await record('2026-10-15', api.keys.akscjgj, warningPenalty('p-before-period', subject(2)));
    await record(
      '2026-10-16',
      api.keys.akscjgj,
      {
        type: 'LicenceGranted',
        sourceRecordId: 'l-late',
        subject: subject(3),
        data: { ...example('LicenceGranted'), decisionNumber: '安市监许〔2026〕1号', decisionDate: '2026-09-30', validFrom: '2026-09-30' },
      },
      {
        type: 'InspectionResultRecorded',
        sourceRecordId: 'i-1',
        subject: subject(4),
        data: { ...example('InspectionResultRecorded'), inspectedOn: '2026-09-30' },
      },
    );
    last = await record(
      '2026-12-30',
      api.keys.akscjgj,
      warningPenalty('p-year-end', subject(5), { decisionDate: '2026-12-28', publicationDate: '2026-12-30' }),
    );
  });

  it('counts 双公示 timeliness per department and kind: across the holiday on time, one day later late, 2027 apart', async () => {
    const { status, body } = await get(`/v1/statistics/double-publicity?from=2026-09-01&to=2026-12-31&after=${last}`);
    expect(status).toBe(200);
    const row = (factType: string, counts: object) => ({ department: 'akscjgj', factType, ...counts });
    expect(body).toEqual({
      report: 'double-publicity',
      from: '2026-09-01',
      to: '2026-12-31',
      rows: [
        row('InspectionResultRecorded', {
          label: '双随机抽查结果',
          workingDays: 20,
          basis: expect.stringContaining('20 working days'),
          decided: 1,
          onTime: 1,
          late: 0,
          calendarUnknown: 0,
          onTimePercent: '100.00',
        }),
        row('LicenceGranted', {
          label: '行政许可',
          workingDays: 7,
          basis: '发改电〔2015〕557号',
          decided: 1,
          onTime: 0,
          late: 1,
          calendarUnknown: 0,
          onTimePercent: '0.00',
        }),
        row('PenaltyDecided', {
          label: '行政处罚',
          workingDays: 7,
          basis: '发改电〔2015〕557号',
          decided: 2,
          onTime: 1,
          late: 0,
          calendarUnknown: 1,
          onTimePercent: '100.00',
        }),
      ],
    });
    const may = await get('/v1/statistics/double-publicity?from=2026-05-01&to=2026-05-31');
    expect(may.body.rows).toEqual([expect.objectContaining({ factType: 'PenaltyDecided', decided: 1, late: 1 })]);
  });

  it('shows a department its own rows only, and refuses it another’s', async () => {
    expect((await get('/v1/statistics/double-publicity?from=2026-09-01&to=2026-12-31', api.keys.akfy)).body.rows).toEqual([]);
    expect((await get('/v1/statistics/double-publicity?from=2026-09-01&to=2026-12-31', api.keys.akscjgj)).body.rows).toHaveLength(3);
    expect((await get('/v1/statistics/double-publicity?from=2026-09-01&to=2026-12-31&department=akscjgj', api.keys.akfy)).status).toBe(403);
  });

  it('answers CSV with Accept: text/csv: a header line of the row keys, then the rows', async () => {
    const response = await fetch(`${api.base}/v1/statistics/double-publicity?from=2026-09-01&to=2026-12-31`, {
      headers: { 'x-api-key': api.keys.office, accept: 'text/csv' },
    });
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('department,factType,label,workingDays,basis,decided,onTime,late,calendarUnknown,onTimePercent');
    expect(lines[2]).toBe('akscjgj,LicenceGranted,行政许可,7,发改电〔2015〕557号,1,0,1,0,0.00');
    expect(lines).toHaveLength(4);
  });

  it('counts list changes per month and list type: listed and delisted, recorded this month', async () => {
    const enterprise = subject(9);
    await record('2026-10-20', api.keys.akfy, courtListing('court-1', enterprise, 9));
    const deleted = await record('2026-10-20', api.keys.akfy, {
      type: 'DishonestDebtorDeleted',
      sourceRecordId: 'court-2',
      subject: enterprise,
      data: { caseNumber: '（2026）京0105执9号', reason: '全部履行完毕', deletedOn: '2026-08-04' },
    });
    // A list change is dated by the log, which the api's clock does not move: this month, in Asia/Shanghai.
    const today = todayInShanghai();
    const month = today.slice(0, 7);
    const path = `/v1/statistics/list-changes?from=${month}-01&to=${today}`;
    const { status, body } = await get(`${path}&after=${deleted}`);
    expect(status).toBe(200);
    expect(body).toEqual({
      report: 'list-changes',
      from: `${month}-01`,
      to: today,
      rows: [{ month, listType: 'dishonest-judgment-debtor', listed: 1, delisted: 1 }],
    });
    expect((await get(path, api.keys.akfy)).body.rows).toHaveLength(1);
    expect((await get(path, api.keys.akscjgj)).body.rows).toEqual([]);
    const csv = await get(`${path}&format=csv`);
    expect(csv.text.replace(/^\uFEFF/, '')).toBe(`month,listType,listed,delisted\r\n${month},dishonest-judgment-debtor,1,1\r\n`);
  });

  it.each([
    ['no period', '/v1/statistics/double-publicity', ['from', 'to']],
    ['an unreal day', '/v1/statistics/list-changes?from=2026-02-30&to=2026-03-01', ['from']],
    ['to before from', '/v1/statistics/list-changes?from=2026-03-02&to=2026-03-01', ['to']],
    ['a bad position to wait for', '/v1/statistics/double-publicity?from=2026-01-01&to=2026-03-31&after=soon', ['after']],
  ])('%s is a 400 naming the parameters', async (_, path, fields) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
  });

  it('lists every report of the assessment, those of the other parts by name', async () => {
    const { status, body } = await get('/v1/statistics', api.keys.akfy);
    expect(status).toBe(200);
    expect(body.reports.map((r: { name: string }) => r.name)).toEqual([
      'double-publicity',
      'feedback',
      'list-changes',
      'objections',
      'repairs',
      'typical-cases',
    ]);
    expect(body.reports[0]).toEqual({ name: 'double-publicity', path: '/v1/statistics/double-publicity', description: expect.any(String) });
  });
});
