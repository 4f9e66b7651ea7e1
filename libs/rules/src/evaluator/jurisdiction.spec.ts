import { parse } from 'yaml';
import { parseRuleSet } from '../rule-set/parse-rule-set.js';
import { entries, fact, loadRules, memorandumFile, procurementBan } from '../testing/rule-spec.js';
import { describeUndecided, undecidedCriteria } from './jurisdiction.js';

/**
 * Jurisdiction tables (rule-format §6) with the shipped 拒不支付劳动报酬罪 figures (法释〔2013〕3号 第三条 and the
 * provincial high courts' figures in memoranda/jurisdiction-refusal-to-pay-wages.yaml). The list type below is a
 * test fixture reading limb (二): ten or more workers and the total at or above the region's figure; or a mass
 * incident, which needs no figure.
 */
const TABLE = 'refusal-to-pay-wages-crime';
const basis = { documentNumber: '测试', sources: ['https://example.org/jurisdiction'] };
const tenWorkers = {
  allOf: [
    { field: 'workers', threshold: { 以上: '10' } },
    { field: 'amount', threshold: { 以上: { table: TABLE, value: 'tenWorkersTotal' } } },
  ],
};
const listType = (where: unknown[], extra: Record<string, unknown> = {}) => ({
  memoranda: [
    {
      id: 'juris',
      title: '地区标准测试',
      kind: 'punishment',
      signatories: ['人力资源社会保障部'],
      listTypes: ['arrears'],
      sources: basis.sources,
    },
  ],
  listTypes: [
    {
      id: 'arrears',
      label: '拖欠工资（地区标准）',
      color: 'black',
      reachesPersons: 'held-when-listed',
      memorandum: 'juris',
      initiatingDepartments: ['人力资源社会保障部'],
      criteria: [{ id: 'ARREARS.AMOUNT', fact: 'WageArrearsFound', since: 'foundOn', where, basis }],
      terms: [{ kind: 'fixed', years: 3, basis }],
      ...extra,
    },
  ],
  measures: [procurementBan('ARREARS.PROCUREMENT', 'juris', ['arrears'], basis)],
});
const rules = loadRules(
  'jurisdiction-refusal-to-pay-wages.yaml',
  listType([{ anyOf: [{ field: 'massIncident', equals: true }, tenWorkers] }]),
);

let n = 0;
const arrears = (region: string | undefined, foundOn: string, amount: string, more: Record<string, unknown> = {}) =>
  fact('WageArrearsFound', { decisionNumber: `人社监〔${++n}〕号`, foundOn, workers: 12, months: 3, amount, ...more }, region);
const listed = (region: string | undefined, foundOn: string, amount: string, more?: Record<string, unknown>) =>
  entries(rules, [arrears(region, foundOn, amount, more)]).map((e) => e.criterion);
const undecided = (region: string | undefined, foundOn: string, amount: string) =>
  undecidedCriteria([arrears(region, foundOn, amount)], rules).map(({ table, region: r, tried, on }) => ({ table, region: r, tried, on }));

describe('jurisdiction thresholds: the figure of the deciding region on the deciding date', () => {
  it.each`
    case                                             | region      | foundOn         | amount        | criteria
    ${'江苏 figure exactly (6万, 以上 includes it)'} | ${'320102'} | ${'2026-03-01'} | ${'60000.00'} | ${['ARREARS.AMOUNT']}
    ${'江苏 just below'}                             | ${'320102'} | ${'2026-03-01'} | ${'59999.99'} | ${[]}
    ${'湖南 (4万) exactly'}                          | ${'430100'} | ${'2026-03-01'} | ${'40000'}    | ${['ARREARS.AMOUNT']}
    ${'湖南 just below'}                             | ${'430100'} | ${'2026-03-01'} | ${'39999.99'} | ${[]}
  `(
    'given an employer registered in $region, when arrears of $amount are found on $foundOn: $case',
    ({ region, foundOn, amount, criteria }) => {
      expect(listed(region, foundOn, amount)).toEqual(criteria);
      expect(undecided(region, foundOn, amount)).toEqual([]);
    },
  );

  it('given an employer registered in 陕西 (安康 610902), whose figure is not on file, then nothing is decided and the reason names 610000', () => {
    expect(listed('610902', '2026-03-01', '1000000')).toEqual([]);
    expect(undecided('610902', '2026-03-01', '1000000')).toEqual([
      { table: TABLE, region: '610902', tried: ['610900', '610000'], on: '2026-03-01' },
    ]);
    const [why] = undecidedCriteria([{ ...arrears('610902', '2026-03-01', '1000000'), eventId: 'wage-1' }], rules);
    expect(describeUndecided(why)).toBe(
      'criterion ARREARS.AMOUNT (arrears) on wage-1: threshold unknown — not decided ' +
        '(threshold-unknown: no refusal-to-pay-wages-crime figure for 610902 (looked up 610900, 610000) on 2026-03-01)',
    );
  });

  it('given a 陕西 employer whose arrears caused a mass incident, then the limb that needs no figure still decides', () => {
    expect(listed('610902', '2026-03-01', '1000', { massIncident: true })).toEqual(['ARREARS.AMOUNT']);
    expect(undecidedCriteria([arrears('610902', '2026-03-01', '1000', { massIncident: true })], rules)).toEqual([]);
  });

  it('given a fact with no region (a person, no department region), then it is undecided, never judged by some region', () => {
    expect(listed(undefined, '2026-03-01', '1000000')).toEqual([]);
    expect(undecided(undefined, '2026-03-01', '1000000')).toEqual([{ table: TABLE, region: undefined, tried: [], on: '2026-03-01' }]);
  });

  it.each`
    city                   | region      | amount         | criteria
    ${'深圳 (一类, 10万)'} | ${'440305'} | ${'99999.99'}  | ${[]}
    ${'深圳 (一类, 10万)'} | ${'440305'} | ${'100000.00'} | ${['ARREARS.AMOUNT']}
    ${'东莞 (一类, 10万)'} | ${'441900'} | ${'99999.99'}  | ${[]}
    ${'汕头 (二类, 6万)'}  | ${'440507'} | ${'60000.00'}  | ${['ARREARS.AMOUNT']}
    ${'汕头 (二类, 6万)'}  | ${'440507'} | ${'59999.99'}  | ${[]}
  `('a city row overrides its province row: $city, $amount', ({ region, amount, criteria }) => {
    expect(listed(region, '2026-03-01', amount)).toEqual(criteria);
  });

  it.each`
    case                                               | region      | foundOn         | criteria              | isUndecided
    ${'江苏: the day before its figure took effect'}   | ${'320102'} | ${'2014-01-14'} | ${[]}                 | ${true}
    ${'江苏: the day it took effect (2014-01-15)'}     | ${'320102'} | ${'2014-01-15'} | ${['ARREARS.AMOUNT']} | ${false}
    ${'广东: the day before 粤高法发〔2015〕4号'}      | ${'440507'} | ${'2015-03-02'} | ${[]}                 | ${true}
    ${'广东: the day of 粤高法发〔2015〕4号'}          | ${'440507'} | ${'2015-03-03'} | ${['ARREARS.AMOUNT']} | ${false}
    ${'a deciding date before any row (法释 not yet)'} | ${'320102'} | ${'2012-06-01'} | ${[]}                 | ${true}
  `('$case', ({ region, foundOn, criteria, isUndecided }) => {
    expect(listed(region, foundOn, '60000')).toEqual(criteria);
    expect(undecided(region, foundOn, '60000').length > 0).toBe(isUndecided);
  });

  it('the latest row in force on the date wins: a revised figure applies from its own date, the old one before it', () => {
    const shipped = parse(memorandumFile('jurisdiction-refusal-to-pay-wages.yaml'));
    const revised = structuredClone(shipped);
    revised.jurisdictionTables[0].rows.push({
      region: '320000',
      effectiveFrom: '2020-01-01',
      oneWorker: '15000',
      tenWorkersTotal: '80000',
      basis,
    });
    const part = listType([tenWorkers]);
    const twoRows = loadRules(revised, part);
    const on = (foundOn: string, amount: string) => entries(twoRows, [arrears('320102', foundOn, amount)]).length;
    expect([on('2019-12-31', '60000'), on('2020-01-01', '60000'), on('2020-01-01', '80000')]).toEqual([1, 0, 1]);
  });
});

describe('jurisdiction tables: rules validate', () => {
  const validate = (tables: unknown, where: unknown[] = [tenWorkers], extra?: Record<string, unknown>) => {
    const head = parse(memorandumFile('rule-set.yaml'));
    const result = parseRuleSet(JSON.stringify({ ...head, ...listType(where, extra), jurisdictionTables: tables }), 'spec');
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.reason}`);
  };
  const table = (rows: unknown[], more: Record<string, unknown> = {}) => [
    {
      id: TABLE,
      description: '测试',
      values: ['oneWorker', 'tenWorkersTotal'],
      bounds: { oneWorker: { min: '5000', max: '20000' }, tenWorkersTotal: { min: '30000', max: '100000' } },
      effectiveFrom: '2013-01-23',
      basis,
      rows,
      ...more,
    },
  ];
  const row = (more: Record<string, unknown> = {}) => ({
    region: '320000',
    effectiveFrom: '2014-01-15',
    oneWorker: '10000',
    tenWorkersTotal: '60000',
    basis,
    ...more,
  });

  it('accepts the shipped table', () => {
    expect(validate(parse(memorandumFile('jurisdiction-refusal-to-pay-wages.yaml')).jurisdictionTables)).toEqual([]);
  });

  it.each`
    case                                     | tables                                               | where                                                                                         | problem
    ${'an unknown table'}                    | ${table([row()])}                                    | ${[{ field: 'amount', threshold: { 以上: { table: 'no-such-table', value: 'oneWorker' } } }]} | ${'listTypes[0].criteria[0].where[0].threshold.以上.table: unknown jurisdiction table no-such-table; known: refusal-to-pay-wages-crime'}
    ${'an unknown value'}                    | ${table([row()])}                                    | ${[{ field: 'amount', threshold: { 以上: { table: TABLE, value: 'total' } } }]}               | ${'listTypes[0].criteria[0].where[0].threshold.以上.value: total is not a value of refusal-to-pay-wages-crime: oneWorker, tenWorkersTotal'}
    ${'a row without a named value'}         | ${table([{ ...row(), tenWorkersTotal: undefined }])} | ${[tenWorkers]}                                                                               | ${'jurisdictionTables[0].rows[0].tenWorkersTotal: is required: every row of refusal-to-pay-wages-crime gives oneWorker, tenWorkersTotal'}
    ${'a row with a value not named'}        | ${table([row({ total: '60000' })])}                  | ${[tenWorkers]}                                                                               | ${'jurisdictionTables[0].rows[0].total: total is not a value of refusal-to-pay-wages-crime: oneWorker, tenWorkersTotal'}
    ${'a figure outside the national range'} | ${table([row({ oneWorker: '25000' })])}              | ${[tenWorkers]}                                                                               | ${'jurisdictionTables[0].rows[0].oneWorker: 25000 is outside the range 5000–20000 the national text allows'}
    ${'a row before the national text'}      | ${table([row({ effectiveFrom: '2013-01-22' })])}     | ${[tenWorkers]}                                                                               | ${'jurisdictionTables[0].rows[0].effectiveFrom: 2013-01-22 is before refusal-to-pay-wages-crime is in force (2013-01-23)'}
    ${'the same row twice'}                  | ${table([row(), row()])}                             | ${[tenWorkers]}                                                                               | ${'jurisdictionTables[0].rows[1]: a second row for 320000 from 2014-01-15'}
  `('refuses $case, naming the path', ({ tables, where, problem }) => {
    expect(validate(tables, where)).toEqual([problem]);
  });

  it.each`
    region      | reason
    ${'320102'} | ${'must be a province (XX0000) or city (XXXX00) code; county rows are not supported'}
    ${'990000'} | ${'99 is not a GB/T 2260 province'}
    ${'32000'}  | ${'must be a 6-digit GB/T 2260 code in quotes, e.g. "320000"'}
  `('refuses the region code $region', ({ region, reason }) => {
    expect(validate(table([row({ region })]))).toEqual([`jurisdictionTables[0].rows[0].region: ${reason}`]);
  });

  it('refuses a table threshold where no region and deciding date are at hand (a term condition)', () => {
    const terms = [
      { kind: 'fixed', years: 3, when: [{ field: 'amount', threshold: { 以上: { table: TABLE, value: 'oneWorker' } } }], basis },
    ];
    expect(validate(table([row()]), [tenWorkers], { terms })).toEqual([
      "listTypes[0].terms[0].when[0].threshold.以上: a jurisdiction threshold is read only in a criterion's where (it needs the region and the deciding date)",
    ]);
  });
});
