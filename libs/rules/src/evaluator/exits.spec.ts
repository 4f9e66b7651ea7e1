import { entries, fact, loadRules } from '../testing/rule-spec.js';
import { SYNTHETIC_BASIS as basis, syntheticPart } from '../testing/synthetic-rules.js';

/** rule-format.md §4: `where` on the exit fact, `criteria` scope, and exits on application with preconditions. */
const criteria = [
  {
    id: 'SYN.AMOUNT',
    fact: 'WageArrearsFound',
    since: 'foundOn',
    where: [{ field: 'amount', threshold: { 以上: '10000', unit: '元' } }],
    basis,
  },
  { id: 'SYN.INCIDENT', fact: 'WageArrearsFound', since: 'foundOn', where: [{ field: 'massIncident', equals: true }], basis },
];
const earlyRemoval = {
  fact: 'EarlyRemovalDecided',
  where: [{ field: 'outcome', equals: 'approved' }],
  by: ['listingDecisionNumber'],
  matches: ['decisionNumber'],
  on: 'decidedOn',
  basis,
};
const rulesWith = (exit: Record<string, unknown>) =>
  loadRules(syntheticPart({ id: 'exits', criteria, terms: [{ kind: 'fixed', years: 3, basis }], exits: [exit] }));

const found = (decisionNumber: string, foundOn: string, data: Record<string, unknown> = {}) =>
  fact('WageArrearsFound', { decisionNumber, foundOn, workers: 3, months: 2, amount: '50000.00', ...data });
const decided = (listingDecisionNumber: string, decidedOn: string, outcome = 'approved') =>
  fact('EarlyRemovalDecided', { applicationNumber: `申-${decidedOn}`, listingDecisionNumber, outcome, decidedOn, reason: '测试' });
const corrected = (decisionNumber: string, correctedOn: string) => fact('WageArrearsCorrected', { decisionNumber, correctedOn });
const committed = (decisionNumber: string, madeOn: string) =>
  fact('CreditCommitmentMade', { commitmentNumber: `诺-${madeOn}`, matter: decisionNumber, madeOn });

describe('where on the exit fact (§4)', () => {
  const rules = rulesWith(earlyRemoval);
  it('given a listing, when the removal is refused, then nothing ends; when approved, the entry ends on its date', () => {
    const listing = found('列-1', '2026-01-10');
    expect(entries(rules, [listing, decided('列-1', '2026-06-01', 'refused')])[0].ended).toBeUndefined();
    expect(entries(rules, [listing, decided('列-1', '2026-06-01')])[0].ended).toMatchObject({ on: '2026-06-01', reason: 'exit' });
  });
});

describe('criteria scope of an exit (§4)', () => {
  const rules = rulesWith({ ...earlyRemoval, criteria: ['SYN.AMOUNT'] });
  it('ends entries of the named criteria only', () => {
    const byAmount = found('列-A', '2026-01-10');
    const byIncident = found('列-B', '2026-01-10', { amount: '100.00', massIncident: true });
    const result = entries(rules, [byAmount, byIncident, decided('列-A', '2026-06-01'), decided('列-B', '2026-06-01')]);
    expect(result.map((e) => [e.criterion, e.ended?.on])).toEqual([
      ['SYN.AMOUNT', '2026-06-01'],
      ['SYN.INCIDENT', undefined],
    ]);
  });

  it('validation refuses a criterion id that is not a criterion of the exit’s list type, naming the path', () => {
    expect(() => rulesWith({ ...earlyRemoval, criteria: ['SYN.AMOUNT', 'TAX.LIST.EVASION'] })).toThrow(
      /listTypes\[0\]\.exits\[0\]\.criteria\[1\].*TAX\.LIST\.EVASION is not a criterion of exits/s,
    );
  });
});

describe('an exit on application: minimum from the correction, preconditions, no reoffence (§4)', () => {
  const rules = rulesWith({
    ...earlyRemoval,
    application: {
      minimum: { months: 6, from: 'correction' },
      requires: [
        {
          id: 'correction',
          description: '已改正',
          fact: 'WageArrearsCorrected',
          by: ['decisionNumber'],
          matches: ['decisionNumber'],
          on: 'correctedOn',
        },
        {
          id: 'commitment',
          description: '书面信用承诺',
          fact: 'CreditCommitmentMade',
          by: ['matter'],
          matches: ['decisionNumber'],
          on: 'madeOn',
        },
      ],
      noReoffence: { criteria: ['SYN.AMOUNT', 'SYN.INCIDENT'] },
    },
  });
  const listing = found('列-1', '2026-01-10');
  const ended = (...facts: ReturnType<typeof fact>[]) => entries(rules, [listing, ...facts])[0].ended;

  // Corrected on 2026-03-01: 6 months after it is 2026-09-01.
  it.each`
    decidedOn       | endsOn          | flags          | why
    ${'2026-08-31'} | ${'2026-09-01'} | ${['minimum']} | ${'approved 5 months 30 days after the correction: ends when the 6 months are reached, flagged as premature'}
    ${'2026-09-01'} | ${'2026-09-01'} | ${undefined}   | ${'approved exactly 6 months after the correction'}
    ${'2026-09-10'} | ${'2026-09-10'} | ${undefined}   | ${'approved later: ends on its date'}
  `('given the other preconditions met, approved on $decidedOn, the entry ends on $endsOn ($why)', ({ decidedOn, endsOn, flags }) => {
    const end = ended(corrected('列-1', '2026-03-01'), committed('列-1', '2026-03-02'), decided('列-1', decidedOn));
    expect(end).toMatchObject({ on: endsOn, reason: 'exit' });
    expect(end?.flags?.map((f) => f.requirement)).toEqual(flags);
  });

  it('approved without the commitment, the entry still ends, flagged precondition-missing naming the requirement', () => {
    const end = ended(corrected('列-1', '2026-03-01'), decided('列-1', '2026-09-10'));
    expect(end).toMatchObject({ on: '2026-09-10', flags: [{ code: 'precondition-missing', requirement: 'commitment' }] });
  });

  it('approved without the correction, the minimum counts from the listing and the end is flagged', () => {
    const end = ended(committed('列-1', '2026-03-02'), decided('列-1', '2026-06-01'));
    expect(end).toMatchObject({
      on: '2026-07-10',
      flags: [
        { code: 'precondition-missing', requirement: 'correction' },
        { code: 'precondition-missing', requirement: 'minimum' },
      ],
    });
  });

  it('a correction dated after the approval is not a precondition met', () => {
    const end = ended(committed('list', '2026-03-02'), corrected('列-1', '2026-09-11'), decided('列-1', '2026-09-10'));
    expect(end?.flags?.map((f) => f.requirement)).toEqual(['correction', 'commitment']);
  });

  it('a new qualifying fact after the listing flags the end reoffended; one that meets no criterion does not', () => {
    const before = [corrected('列-1', '2026-03-01'), committed('列-1', '2026-03-02')];
    const again = ended(...before, found('列-2', '2026-05-01'), decided('列-1', '2026-09-10'));
    expect(again).toMatchObject({ on: '2026-09-10', flags: [{ code: 'reoffended' }] });
    const minor = ended(...before, found('列-3', '2026-05-01', { amount: '9999.99' }), decided('列-1', '2026-09-10'));
    expect(minor?.flags).toBeUndefined();
  });

  it('a refused application ends nothing, whatever its preconditions', () => {
    expect(ended(corrected('列-1', '2026-03-01'), decided('列-1', '2026-09-10', 'refused'))).toBeUndefined();
  });
});
