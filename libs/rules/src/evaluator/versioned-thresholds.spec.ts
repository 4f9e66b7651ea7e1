import { fact, loadRules, entries } from '../testing/rule-spec.js';

/** A criterion versioned by date: the tax-arrears limb moved from 10万 to 100万 (notes §2). Dates here are illustrative. */
const basis = { documentNumber: '测试', sources: ['https://example.org/versioned'] };
const part = {
  memoranda: [
    {
      id: 'versioned',
      title: '分期阈值测试',
      kind: 'punishment',
      signatories: ['税务总局'],
      listTypes: ['arrears'],
      sources: ['https://example.org/versioned'],
    },
  ],
  listTypes: [
    {
      id: 'arrears',
      label: '逃避追缴欠税',
      color: 'black',
      reachesPersons: 'held-when-listed',
      memorandum: 'versioned',
      initiatingDepartments: ['税务总局'],
      criteria: [
        {
          id: 'ARREARS.OLD',
          fact: 'MajorTaxCaseDecided',
          since: 'finalOn',
          effectiveUntil: '2018-04-01',
          where: [
            { field: 'violation', equals: 'arrears-evasion' },
            { field: 'unpaidAssessedTax', threshold: { 以上: '100000', unit: '元' } },
          ],
          basis,
        },
        {
          id: 'ARREARS.NEW',
          fact: 'MajorTaxCaseDecided',
          since: 'finalOn',
          effectiveFrom: '2018-04-01',
          where: [
            { field: 'violation', equals: 'arrears-evasion' },
            { field: 'unpaidAssessedTax', threshold: { 以上: '1000000', unit: '元' } },
          ],
          basis,
        },
      ],
      terms: [{ kind: 'fixed', years: 3, basis }],
    },
  ],
  measures: [
    {
      id: 'ARREARS.PROCUREMENT',
      memorandum: 'versioned',
      kind: 'punishment',
      text: '限制政府采购',
      gloss: 'procurement ban',
      departments: ['mof'],
      listTypes: ['arrears'],
      reaches: ['subject'],
      scenarios: ['government-procurement'],
      basis,
      basicList: { edition: '2022', category: 2, inferred: 'test' },
    },
  ],
};
const rules = loadRules(part);
const arrears = (finalOn: string, unpaidAssessedTax: string) =>
  fact('MajorTaxCaseDecided', {
    decisionNumber: `欠税-${finalOn}-${unpaidAssessedTax}`,
    decisionDate: finalOn,
    finalOn,
    violation: 'arrears-evasion',
    yearly: [],
    unpaidAssessedTax,
    criminalSentence: false,
  });

describe('thresholds versioned by date', () => {
  it('a case final before the change is judged by the old threshold, after it by the new one', () => {
    expect(entries(rules, [arrears('2018-03-31', '500000.00')]).map((e) => e.criterion)).toEqual(['ARREARS.OLD']);
    expect(entries(rules, [arrears('2018-04-01', '500000.00')])).toEqual([]);
    expect(entries(rules, [arrears('2018-04-01', '1000000.00')]).map((e) => e.criterion)).toEqual(['ARREARS.NEW']);
    expect(entries(rules, [arrears('2018-03-31', '99999.99')])).toEqual([]);
  });
});
