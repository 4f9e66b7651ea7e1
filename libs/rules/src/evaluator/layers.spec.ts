import { entries, fact, loadRules } from '../testing/rule-spec.js';

/**
 * A deployment's own layer on top of the national set: a memorandum with `layer: <GB/T 2260 code>` is issued by
 * that province's or city's authority, so its list types decide only facts whose jurisdiction lies in that region
 * (a local text binds its own territory). Fixture below; the data of a real layer is the deployment's.
 */
const basis = { documentNumber: '测试', sources: ['https://example.org/layers'] };
const layer = (code: string) => ({
  memoranda: [
    {
      id: 'local',
      title: '地方名单测试',
      kind: 'punishment',
      signatories: ['省人力资源社会保障厅'],
      listTypes: ['local-wage'],
      sources: basis.sources,
      layer: code,
    },
  ],
  listTypes: [
    {
      id: 'local-wage',
      label: '工资支付重点监察（地方）',
      color: 'black',
      reachesPersons: 'none',
      memorandum: 'local',
      initiatingDepartments: ['省人力资源社会保障厅'],
      criteria: [
        { id: 'LOCAL.WAGE', fact: 'WageArrearsFound', since: 'foundOn', where: [{ field: 'months', threshold: { 以上: '3' } }], basis },
      ],
      terms: [{ kind: 'fixed', months: 6, basis }],
    },
  ],
  measures: [
    {
      id: 'LOCAL.PROJECTS',
      memorandum: 'local',
      kind: 'punishment',
      text: '不得承担政府投资建设项目',
      gloss: 'no government-funded projects',
      departments: ['省发展改革委'],
      listTypes: ['local-wage'],
      reaches: ['subject'],
      scenarios: ['government-procurement'],
      basis,
    },
  ],
});
const arrears = (region?: string) =>
  fact('WageArrearsFound', { decisionNumber: '人社监〔1〕号', foundOn: '2026-03-01', workers: 2, months: 3, amount: '9000' }, region);

describe('layers: a province or city list decides facts of its own region only', () => {
  it.each`
    layerCode   | region       | listed
    ${'610000'} | ${'610902'}  | ${true}
    ${'610000'} | ${'610000'}  | ${true}
    ${'610000'} | ${'320102'}  | ${false}
    ${'610000'} | ${undefined} | ${false}
    ${'610900'} | ${'610902'}  | ${true}
    ${'610900'} | ${'610102'}  | ${false}
  `('given a list of layer $layerCode, a fact of region $region is listed: $listed', ({ layerCode, region, listed }) => {
    const rules = loadRules(layer(layerCode));
    expect(entries(rules, [arrears(region)]).length > 0).toBe(listed);
    expect(rules.listTypes.get('local-wage')?.layer).toBe(layerCode);
  });

  it('refuses a layer that is not a province or city code', () => {
    expect(() => loadRules(layer('610902'))).toThrow(/memoranda\[0\]\.layer[\s\S]*county rows are not supported/);
  });
});
