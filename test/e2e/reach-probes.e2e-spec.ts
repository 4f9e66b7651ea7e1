import { fixedClock, type LocalDate } from '#kernel';
import { validResidentId } from '#kernel/testing';
import { loadShippedRuleSet } from '#runtime';
import { explanation } from '../../apps/cli/src/commands/rules-explain.js';
import { courtListing, enterpriseCode } from '../fixtures/fact-lines.js';
import { useTestApi } from '../support/test-api.js';
import { backend } from '../support/test-storage.js';

/**
 * The review's probes (Appendix A) of whom a court listing reaches through a role: the api and `rules explain`
 * must give the same answer, decided by `personsReached` from the roles' dates, not from when they were recorded.
 */
const api = useTestApi(
  { market: ['own-decisions', 'registration'], court: ['court'] },
  { overrides: { clock: fixedClock('2026-11-20T04:00:00Z') } },
);
const rules = loadShippedRuleSet();

interface Line {
  readonly type: string;
  readonly sourceRecordId: string;
  readonly subject: { kind: string; code: string; name: string };
  readonly data: Record<string, unknown>;
}
const recorded: Line[] = [];

const person = (n: number) => ({ idNumber: validResidentId('110105', '19800101', n), name: `测试${n}` });
const enterprise = (n: number) => ({ kind: 'enterprise', code: enterpriseCode(8800 + n), name: `北京某某探针${n}有限公司` });
const appointed = (id: string, subject: Line['subject'], who: { idNumber: string }, from: string): Line => ({
  type: 'RoleAppointed',
  sourceRecordId: id,
  subject,
  data: { role: 'legal-representative', person: who, from },
});
const ended = (id: string, subject: Line['subject'], who: { idNumber: string }, to: string): Line => ({
  type: 'RoleEnded',
  sourceRecordId: id,
  subject,
  data: { role: 'legal-representative', person: who, to },
});

async function post(line: Line, key: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${api.base}/v1/facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ items: [line] }),
  });
  return { status: response.status, body: await response.json() };
}

/** Records the line through the api (as its department would) and keeps it for `rules explain`; the position to read after. */
async function record(line: Line): Promise<string> {
  const { body } = await post(line, line.type === 'DishonestDebtorListed' ? api.keys.court : api.keys.market);
  expect([body.results[0].status, body.results[0].problem]).toEqual(['accepted', undefined]);
  recorded.push(line);
  return body.results[0].position;
}

/** What a person bears on `asOf`, compared on what the api and the CLI both say: measures, and entries by organisation and role. */
const comparable = (measures: { id: string }[], reached: { organization: string; role: string; listType: string }[]) => ({
  measures: measures.map((m) => m.id).sort(),
  reachedThrough: reached.map(({ organization, role, listType }) => ({ organization, role, listType })),
});

async function throughApi(idNumber: string, asOf: string, after: string) {
  const response = await fetch(
    `${api.base}/v1/subjects/${idNumber}/measures?asOf=${asOf}&after=${after}&purpose=${encodeURIComponent('招录审查')}`,
    { headers: { 'x-api-key': api.keys.market } },
  );
  expect(response.status).toBe(200);
  const body = (await response.json()) as any;
  return comparable(body.measures, body.reachedThrough);
}

function throughExplain(idNumber: string, asOf: string) {
  const found = explanation(rules, recorded, idNumber, asOf as LocalDate);
  return comparable(
    found.measures,
    found.reachedThrough.map(({ subject, role, entry }) => ({ organization: subject, role, listType: entry.listType })),
  );
}

const REACHED = (organization: string, role = 'legal-representative') => ({
  measures: ['DJD.AIR_RAIL', 'DJD.HOTEL_LUXURY'],
  reachedThrough: [{ organization, role, listType: 'dishonest-judgment-debtor' }],
});

describe(`whom a listing reaches: the api and rules explain agree (${backend})`, () => {
  it('probe 1: a role held since 2020 but recorded after the listing (2026-06-15) is reached', async () => {
    const [company, representative] = [enterprise(1), person(1)];
    await record(courtListing('probe-1-listing', company, 8801) as Line);
    const after = await record(appointed('probe-1-role', company, representative, '2020-01-01'));
    const api = await throughApi(representative.idNumber, '2026-07-01', after);
    expect(api).toEqual(REACHED(company.code));
    expect(throughExplain(representative.idNumber, '2026-07-01')).toEqual(api);
  });

  it('probe 2: a role held when listed and ended before asOf is still reached (the restriction binds who held the role)', async () => {
    const [company, representative] = [enterprise(2), person(2)];
    await record(appointed('probe-2-role', company, representative, '2020-01-01'));
    await record(courtListing('probe-2-listing', company, 8802) as Line);
    const after = await record(ended('probe-2-role-end', company, representative, '2026-07-01'));
    const api = await throughApi(representative.idNumber, '2026-09-01', after);
    expect(api).toEqual(REACHED(company.code));
    expect(throughExplain(representative.idNumber, '2026-09-01')).toEqual(api);
  });

  it('a role taken up after the listing is not reached (held-when-listed), in both', async () => {
    const [company, successor] = [enterprise(3), person(3)];
    await record(courtListing('probe-3-listing', company, 8803) as Line);
    const after = await record(appointed('probe-3-role', company, successor, '2026-08-01'));
    const api = await throughApi(successor.idNumber, '2026-09-01', after);
    expect(api).toEqual({ measures: [], reachedThrough: [] });
    expect(throughExplain(successor.idNumber, '2026-09-01')).toEqual(api);
  });

  it('a person the court names directly responsible in its decision is reached through that listing, in both', async () => {
    const [company, responsible] = [enterprise(4), person(4)];
    const listing = courtListing('probe-4-listing', company, 8804) as Line;
    const after = await record({
      ...listing,
      data: { ...listing.data, directlyResponsible: [{ person: responsible, position: '财务负责人' }] },
    });
    const api = await throughApi(responsible.idNumber, '2026-07-01', after);
    expect(api).toEqual(REACHED(company.code, 'directly-responsible-person'));
    expect(throughExplain(responsible.idNumber, '2026-07-01')).toEqual(api);
  });

  it('refuses a directly responsible person without a valid 身份证号 or post, naming the field', async () => {
    const listing = courtListing('probe-5-listing', enterprise(5), 8805) as Line;
    const { body } = await post(
      { ...listing, data: { ...listing.data, directlyResponsible: [{ person: { idNumber: '110105198001010000', name: '王五' } }] } },
      api.keys.court,
    );
    expect(body.results[0]).toMatchObject({ status: 'rejected' });
    expect(body.results[0].problem.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'data.directlyResponsible[0].position' }),
        expect.objectContaining({ field: 'data.directlyResponsible[0].person.idNumber' }),
      ]),
    );
  });
});
