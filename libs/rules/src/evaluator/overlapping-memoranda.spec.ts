import type { LocalDate } from '#kernel';
import { ENTERPRISE, fact, loadRules, measures } from '../testing/rule-spec.js';
import { listEntries } from './list-entries.js';

/** One enterprise on three black lists: tax, wage arrears and dishonest judgment debtor. */
const rules = loadRules(
  'major-tax-cases.yaml',
  'wage-arrears.yaml',
  'jurisdiction-refusal-to-pay-wages.yaml',
  'dishonest-judgment-debtors.yaml',
);
const SUBJECT_FACTS = [
  fact('MajorTaxCaseDecided', {
    decisionNumber: '京税稽罚〔2026〕17号',
    decisionDate: '2026-02-10',
    finalOn: '2026-03-15',
    determinedOn: '2026-03-15',
    violation: 'evasion',
    yearly: [{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }],
    unpaidAssessedTax: '0.00',
  }),
  fact('WageArrearsFound', {
    decisionNumber: '京朝人社监处字〔2026〕31号',
    foundOn: '2026-04-01',
    workers: 12,
    months: 3,
    amount: '186000.00',
    massIncident: true,
  }),
  // 人社部令第45号: the listing decision lists (its steps are not recorded here: the entry is flagged, still listed).
  fact('ListingDecided', {
    decisionNumber: '京朝人社列〔2026〕3号',
    listType: 'wage-arrears',
    grounds: ['京朝人社监处字〔2026〕31号'],
    basis: '人社部令第45号第五条第（二）项',
    listedOn: '2026-04-01',
  }),
  fact('DishonestDebtorListed', {
    caseNumber: '（2026）京0105执1234号',
    courtName: '北京市朝阳区人民法院',
    ground: 'obstructs-enforcement',
    obligation: '支付货款',
    basisDocumentNumber: '（2025）京0105民初5678号',
    listedOn: '2026-05-01',
  }),
];
const procurement = (asOf: string) =>
  measures(rules, SUBJECT_FACTS, ENTERPRISE, { asOf, scenario: 'government-procurement' }).map((m) => [
    m.id,
    m.basis.documentNumber,
    m.because.map((b) => b.listType),
  ]);

describe('the same measure from several memoranda', () => {
  it('stays one measure per basis, each with its own list entry behind it', () => {
    expect(procurement('2026-06-01').sort()).toEqual([
      ['DJD.PROCUREMENT', expect.stringContaining('141号'), ['dishonest-judgment-debtor']],
      ['TAX.PROCUREMENT', '发改财金〔2016〕2798号', ['major-tax-case']],
      ['WAGE.PROCUREMENT', expect.stringContaining('2058号'), ['wage-arrears']],
    ]);
  });

  it('each lapses on its own schedule: the debtor listing after 2 years, tax after 3, wage arrears after 3 (from its own date)', () => {
    const ids = (asOf: string) =>
      procurement(asOf)
        .map(([id]) => id)
        .sort();
    expect(ids('2026-04-30')).toEqual(['TAX.PROCUREMENT', 'WAGE.PROCUREMENT']);
    expect(ids('2028-05-01')).toEqual(['TAX.PROCUREMENT', 'WAGE.PROCUREMENT']);
    expect(ids('2029-03-15')).toEqual(['WAGE.PROCUREMENT']);
    expect(ids('2029-04-01')).toEqual([]);
  });

  it('the entries carry the rule-set version they were decided under', () => {
    expect(new Set(listEntries(SUBJECT_FACTS, rules).map((e) => e.ruleSetVersion))).toEqual(new Set([rules.version]));
    expect(listEntries(SUBJECT_FACTS, rules).every((e) => e.since <= ('2026-05-01' as LocalDate))).toBe(true);
  });
});
