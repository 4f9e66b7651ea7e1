import { entries, fact, loadRules } from '../testing/rule-spec.js';
import { SYNTHETIC_BASIS as basis, syntheticPart } from '../testing/synthetic-rules.js';

/** rule-format.md §3: sum, max and count over a list field, in exact decimals, by the threshold word. */
const rulesWith = (...where: Record<string, unknown>[]) =>
  loadRules(
    syntheticPart({ id: 'aggregate', criteria: [{ id: 'AGG.LIST', fact: 'MajorTaxCaseDecided', since: 'finalOn', where, basis }] }),
  );
const taxCase = (...evaded: string[]) =>
  fact('MajorTaxCaseDecided', {
    decisionNumber: `税-${evaded.join('-')}`,
    decisionDate: '2026-02-10',
    finalOn: '2026-03-15',
    violation: 'evasion',
    yearly: evaded.map((evadedAmount, i) => ({ year: 2020 + i, evadedAmount, taxPayable: '9000000.00' })),
    unpaidAssessedTax: '0',
    criminalSentence: false,
  });
const listed = (rules: ReturnType<typeof rulesWith>, ...evaded: string[]) => entries(rules, [taxCase(...evaded)]).length === 1;

describe('sum over a list field (§3)', () => {
  const atLeast = rulesWith({ sum: 'yearly', of: 'evadedAmount', threshold: { 以上: '1000000', unit: '元' } });
  const moreThan = rulesWith({ sum: 'yearly', of: 'evadedAmount', threshold: { 超过: '1000000', unit: '元' } });

  it.each`
    yearly                           | 以上     | 超过
    ${['600000', '400000']}          | ${true}  | ${false}
    ${['600000.00', '399999.99']}    | ${false} | ${false}
    ${['0.10', '0.20', '999999.70']} | ${true}  | ${false}
    ${['600000', '400000.01']}       | ${true}  | ${true}
    ${[]}                            | ${false} | ${false}
  `('given yearly amounts $yearly, 以上 1000000 is met: $以上, 超过 1000000: $超过', ({ yearly, 以上, 超过 }) => {
    expect(listed(atLeast, ...yearly)).toBe(以上);
    expect(listed(moreThan, ...yearly)).toBe(超过);
  });
});

describe('max over a list field (§3)', () => {
  const rules = rulesWith({ max: 'yearly', of: 'evadedAmount', threshold: { 以上: '20000', unit: '元' } });
  it.each`
    yearly                      | met
    ${['19999.99', '15000']}    | ${false}
    ${['19999.99', '20000.00']} | ${true}
    ${['19999.99', '19999.99']} | ${false}
    ${[]}                       | ${false}
  `('given yearly amounts $yearly, the largest is 20000以上: $met', ({ yearly, met }) => {
    expect(listed(rules, ...yearly)).toBe(met);
  });
});

describe('count of list items (§3)', () => {
  const rules = rulesWith({
    count: 'yearly',
    where: [{ field: 'evadedAmount', threshold: { 超过: '0', unit: '元' } }],
    threshold: { 以上: '2', unit: '次' },
  });
  it.each`
    yearly             | met
    ${['1', '0']}      | ${false}
    ${['1', '0.01']}   | ${true}
    ${['0', '0', '5']} | ${false}
  `('given yearly amounts $yearly, 2 years or more with an amount: $met', ({ yearly, met }) => {
    expect(listed(rules, ...yearly)).toBe(met);
  });
});

describe('validating aggregate conditions', () => {
  it('names the path of a sum over a field that is not a list, and of an item field that is not a number', () => {
    expect(() => rulesWith({ sum: 'violation', of: 'evadedAmount', threshold: { 以上: '1' } })).toThrow(
      /listTypes\[0\]\.criteria\[0\]\.where\[0\]\.sum.*violation is a enum field, a list field is needed/s,
    );
    expect(() => rulesWith({ max: 'yearly', of: 'missing', threshold: { 以上: '1' } })).toThrow(
      /criteria\[0\]\.where\[0\]\.of.*no field missing/s,
    );
  });

  it('refuses a count without a threshold word, naming the path', () => {
    expect(() => rulesWith({ count: 'yearly', threshold: { 至少: '2' } })).toThrow(/where\[0\]\.threshold.*must have exactly one of/s);
  });
});
