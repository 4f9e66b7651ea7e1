import { entries, fact, loadRules } from '../testing/rule-spec.js';
import { SYNTHETIC_BASIS as basis, syntheticPart } from '../testing/synthetic-rules.js';

/**
 * contradiction 10 (issue 13): "Black-over-red must not depend on the order in which facts are recorded".
 * 发改财金规〔2017〕1798号 (十九) (http://uianet.net/dictionary/b4204512.html): a red-list subject black-listed within the
 * red list's validity is deleted from it by the recognising department; nothing restores it.
 */
const red = syntheticPart(
  {
    id: 'red',
    criteria: [{ id: 'RED.A', fact: 'TaxCreditRated', since: 'publishedOn', where: [{ field: 'level', equals: 'A' }], basis }],
    terms: [{ kind: 'fixed', years: 1, basis }],
  },
  'red',
);
const black = syntheticPart({
  id: 'black',
  criteria: [{ id: 'BLACK.TAX', fact: 'MajorTaxCaseDecided', since: 'finalOn', basis }],
  terms: [{ kind: 'fixed', years: 3, basis }],
  exits: [{ fact: 'TaxPaidInFull', by: ['decisionNumber'], matches: ['decisionNumber'], on: 'paidOn', basis }],
});
const rules = loadRules(red, black);

const rating = () => fact('TaxCreditRated', { year: 2025, level: 'A', publishedOn: '2026-04-20' }); // red: [2026-04-20, 2027-04-20)
const taxCase = (finalOn: string) =>
  fact('MajorTaxCaseDecided', {
    decisionNumber: `税-${finalOn}`,
    decisionDate: finalOn,
    finalOn,
    violation: 'evasion',
    yearly: [],
    unpaidAssessedTax: '0',
    criminalSentence: false,
  });
const paid = (finalOn: string, paidOn: string) => fact('TaxPaidInFull', { decisionNumber: `税-${finalOn}`, paidOn });
const redEnd = (...facts: ReturnType<typeof fact>[]) => {
  const end = entries(rules, facts).find((e) => e.color === 'red')?.ended;
  return end && { on: end.on, reason: end.reason };
};

describe('contradiction 10: black over red by dates, whatever the recording order (1798号 (十九))', () => {
  it.each`
    blackSince      | redEndsOn       | why
    ${'2026-04-19'} | ${'2026-04-20'} | ${'black in force the day before the red starts: the red starts ended on its since'}
    ${'2026-04-20'} | ${'2026-04-20'} | ${'black starting the same day'}
    ${'2026-04-21'} | ${'2026-04-21'} | ${'black starting the day after: the red ends on the black since'}
    ${'2027-04-19'} | ${'2027-04-19'} | ${'black starting on the red’s last day in force'}
    ${'2027-04-20'} | ${undefined}    | ${'black starting the day the red expires: nothing to delete'}
  `('given a black entry from $blackSince, the red entry ends on $redEndsOn in either order ($why)', ({ blackSince, redEndsOn }) => {
    const expected = redEndsOn && { on: redEndsOn, reason: 'black-listing' };
    expect(redEnd(rating(), taxCase(blackSince))).toEqual(expected);
    expect(redEnd(taxCase(blackSince), rating())).toEqual(expected);
  });

  it('a black entry that ended before the red one starts deletes nothing, in either order', () => {
    expect(redEnd(taxCase('2026-01-01'), paid('2026-01-01', '2026-04-20'), rating())).toBeUndefined();
    expect(redEnd(rating(), taxCase('2026-01-01'), paid('2026-01-01', '2026-04-20'))).toBeUndefined();
    expect(redEnd(taxCase('2026-01-01'), paid('2026-01-01', '2026-04-21'), rating())).toEqual({
      on: '2026-04-20',
      reason: 'black-listing',
    });
  });

  it('the red entry does not come back when the black one ends (nothing restores it)', () => {
    expect(redEnd(rating(), taxCase('2026-06-01'), paid('2026-06-01', '2026-07-01'))).toEqual({
      on: '2026-06-01',
      reason: 'black-listing',
    });
  });

  it('of several black entries the earliest in force decides', () => {
    expect(redEnd(taxCase('2026-09-01'), rating(), taxCase('2026-06-01'))).toEqual({ on: '2026-06-01', reason: 'black-listing' });
  });
});
