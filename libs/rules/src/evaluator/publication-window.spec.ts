import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { publicationPeriodsOf, publicationWindow } from './publication-window.js';

const periods = parse(fs.readFileSync(path.resolve('libs/rules/src/memoranda/publication-periods.yaml'), 'utf8')).publicationPeriods;
const penalty = (severity: string, decisionDate: string) => ({ eventId: 'e1', type: 'PenaltyDecided', data: { severity, decisionDate } });

describe('publication periods of administrative penalties (令第36号, and the rules before it)', () => {
  it('under Order 36: 一般 3 months to 1 year, 严重 1 to 3 years, counted from the decision date', () => {
    expect(publicationWindow(penalty('general', '2026-05-06'), periods)).toMatchObject({
      regime: 'ndrc-order-36',
      publish: true,
      repairableFrom: '2026-08-06',
      until: '2027-05-06',
    });
    expect(publicationWindow(penalty('serious', '2026-05-06'), periods)).toMatchObject({
      repairableFrom: '2027-05-06',
      until: '2029-05-06',
    });
  });

  it('轻微 is not published in principle', () => {
    expect(publicationWindow(penalty('minor', '2026-05-06'), periods)).toMatchObject({ publish: false, until: '2026-08-06' });
  });

  it('a decision dated before 2026-04-01 keeps the earlier regime: 严重 repairable after 6 months', () => {
    expect(publicationWindow(penalty('serious', '2026-03-31'), periods)).toMatchObject({
      regime: 'ndrc-rules-2019',
      repairableFrom: '2026-09-30',
      until: '2029-03-31',
    });
    expect(publicationWindow(penalty('serious', '2026-04-01'), periods)).toMatchObject({ regime: 'ndrc-order-36' });
  });
});

describe('a severity that is not a class of the period', () => {
  it.each(Object.getOwnPropertyNames(Object.prototype))(
    '%s gives no window (never a date computed from a prototype member)',
    (severity) => {
      expect(publicationWindow(penalty(severity, '2026-05-06'), periods)).toBeUndefined();
    },
  );
});

describe('publication periods under a regime (rule-format.md §1)', () => {
  const order36 = {
    id: 'ndrc-order-36',
    documentNumber: '令第36号',
    title: 't',
    issuedBy: 'i',
    effectiveFrom: '2026-04-01',
    decidingDate: 'd',
    sources: ['https://example.org'],
  };
  const document = (period: Record<string, unknown>) =>
    ({
      regimes: [order36],
      publicationPeriods: [{ ...periods[0], effectiveFrom: undefined, effectiveUntil: undefined, ...period }],
    }) as never;

  it.each`
    decisionDate    | published
    ${'2026-03-31'} | ${false}
    ${'2026-04-01'} | ${true}
  `(
    'a period naming the regime applies from the regime’s effectiveFrom: a penalty of $decisionDate → $published',
    ({ decisionDate, published }) => {
      const resolved = publicationPeriodsOf(document({ regime: 'ndrc-order-36' }));
      expect(publicationWindow(penalty('serious', decisionDate), resolved) !== undefined).toBe(published);
    },
  );

  it('its own dates narrow the regime’s window', () => {
    expect(publicationPeriodsOf(document({ regime: 'ndrc-order-36', effectiveFrom: '2026-05-01' }))[0]).toMatchObject({
      effectiveFrom: '2026-05-01',
    });
  });
});
