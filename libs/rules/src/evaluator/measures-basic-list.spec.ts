import { DEPARTMENT_REGISTRY } from '../departments/departments.js';
import { ENTERPRISE, fact, loadRules, measureIds, measures } from '../testing/rule-spec.js';
import { CATEGORY_ONE_LEVELS } from '../rule-set/vocabulary.js';

const FILES = [
  'dishonest-judgment-debtors.yaml',
  'major-tax-cases.yaml',
  'wage-arrears.yaml',
  'work-safety.yaml',
  'a-level-taxpayers.yaml',
  'youth-volunteers.yaml',
  'jurisdiction-refusal-to-pay-wages.yaml',
];
const shipped = loadRules(...FILES);

const taxCase = () =>
  fact('MajorTaxCaseDecided', {
    decisionNumber: '安税稽罚〔2026〕1号',
    decisionDate: '2026-02-10',
    finalOn: '2026-03-15',
    determinedOn: '2026-03-20',
    violation: 'evasion',
    yearly: [{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }],
    unpaidAssessedTax: '1200000.00',
  });
const asOf = '2026-06-01';

describe('guard: every shipped measure on the basic list or its own statute, implemented by registry departments', () => {
  const all = shipped.document.measures;

  it.each(all.map((m) => [m.id, m] as const))('%s names national registry departments, no placeholder', (_id, measure) => {
    expect(measure.departments.length).toBeGreaterThan(0);
    for (const id of measure.departments) expect(DEPARTMENT_REGISTRY.byRegistryId(id)?.level).toBe('national');
  });

  it.each(all.map((m) => [m.id, m] as const))('%s cites its basis: basic-list item or statute', (_id, measure) => {
    expect(measure.basicList ?? measure.statute).toBeDefined();
    if (measure.kind === 'punishment') expect(measure.basicList).toBeDefined();
    if (measure.basicList?.category === 1) expect(CATEGORY_ONE_LEVELS).toContain(measure.statute?.level);
    if (measure.basicList && !measure.basicList.item) expect(measure.basicList.inferred).toEqual(expect.any(String));
  });

  it('the measures with no basis found are not shipped (TAX.LAND, TAX.CUSTOMS_AEO, WAGE.LAND, WAGE.CUSTOMS, SAFETY.STANDARDISATION)', () => {
    const ids = all.map((m) => m.id);
    for (const removed of ['TAX.LAND', 'TAX.CUSTOMS_AEO', 'WAGE.LAND', 'WAGE.CUSTOMS', 'SAFETY.STANDARDISATION'])
      expect(ids).not.toContain(removed);
  });

  it('exactly the category-3 measures are advisory: TAX.CREDIT_REF and the bank-credit part of WAGE.FINANCING', () => {
    expect(
      all
        .filter((m) => m.advisory)
        .map((m) => m.id)
        .sort(),
    ).toEqual(['TAX.CREDIT_REF', 'WAGE.FINANCING']);
    expect(all.filter((m) => m.basicList?.category === 3).every((m) => m.advisory)).toBe(true);
  });
});

describe('the measures answer: advisory measures and departments', () => {
  it('given a major tax case, when the enterprise’s measures are asked, TAX.CREDIT_REF is shown as advisory, the others as obligations', () => {
    const answer = measures(shipped, [taxCase()], ENTERPRISE, { asOf });
    const byId = new Map(answer.map((m) => [m.id, m]));
    expect(byId.get('TAX.CREDIT_REF')).toMatchObject({ advisory: true, basicList: { edition: '2022', category: 3 } });
    expect(byId.get('TAX.PROCUREMENT')).toMatchObject({
      advisory: false,
      basicList: { category: 1 },
      statute: { documentNumber: '中华人民共和国政府采购法', level: '法律' },
      departments: ['财政部'],
      departmentIds: ['mof'],
    });
  });

  it.each([
    ['mof', ['TAX.PROCUREMENT']],
    ['财政部', ['TAX.PROCUREMENT']],
    ['安康市财政局', ['TAX.PROCUREMENT']],
    ['国家税务总局安康市税务局', ['TAX.D_GRADE']],
    ['中国人民银行', []],
    ['各有关部门', []],
  ])('given department=%s, the enterprise’s measures are %j (advisory ones are no department’s)', (department, expected) => {
    expect(measureIds(shipped, [taxCase()], ENTERPRISE, { asOf, department })).toEqual(expected);
  });

  it('given the legal representative, the exit ban names the tax authority that decides and the immigration administration that executes', () => {
    const [exitBan] = measures(shipped, [taxCase()], { as: 'legal-representative' }, { asOf, scenario: 'exit-control' });
    expect(exitBan).toMatchObject({ id: 'TAX.EXIT_BAN', departments: ['国家税务总局', '国家移民管理局'] });
  });
});
