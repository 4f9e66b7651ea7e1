import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { publicationPeriodsOf, publicationWindow } from './publication-window.js';

const periods = parse(fs.readFileSync(path.resolve('libs/rules/src/memoranda/publication-periods.yaml'), 'utf8')).publicationPeriods;
const penalty = (severity: string, decisionDate: string, extra: Record<string, unknown> = {}) => ({
  eventId: 'e1',
  type: 'PenaltyDecided',
  data: { severity, decisionDate, ...extra },
});

describe('publication periods of administrative penalties (令第36号, and the rules before it)', () => {
  it('under Order 36: 一般 3 months to 1 year, 严重 1 to 3 years, counted from the decision date', () => {
    expect(publicationWindow(penalty('general', '2026-05-06'), periods)).toMatchObject({
      regime: 'ndrc-order-36',
      publish: true,
      repairable: true,
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
});

/**
 * Sources: 发改办财金〔2019〕527号 (https://www.0797cx.cn/page37?article_id=15265, http://crsrw.com/qiyezixun/86586.html),
 * 国家发展改革委令第58号 in force 2023-05-01 (http://m.sacsnlax.com/zwgk/content/post_1956177.html; periods on the
 * Shenzhen page http://www.senqisrq.com/xxgk/ztzl/sgs/index.html [local]), 令第36号 in force 2026-04-01
 * (https://toubiaole.com/news/xingyexinwen/887.html). The regime is chosen by the penalty's decision date.
 */
describe('contradiction 9: publication periods follow 527号 to 2023-04-30, 令第58号 to 2026-03-31, 令第36号 from 2026-04-01', () => {
  it.each([
    // decision date, severity, extra fields, regime, class, repairable from, published until
    ['2023-04-30', 'serious', {}, 'ndrc-527-2019', 'serious', '2023-10-30', '2026-04-30'],
    ['2023-04-30', 'general', {}, 'ndrc-527-2019', 'general', '2023-07-30', '2024-04-30'],
    ['2023-04-30', 'serious', { sector: 'work-safety' }, 'ndrc-527-2019', 'serious', '2023-10-30', '2026-04-30'],
    ['2023-05-01', 'serious', {}, 'ndrc-order-58', 'single', '2023-08-01', '2026-05-01'],
    ['2023-05-01', 'general', {}, 'ndrc-order-58', 'single', '2023-08-01', '2026-05-01'],
    ['2023-05-01', 'general', { sector: 'work-safety' }, 'ndrc-order-58', 'single', '2024-05-01', '2026-05-01'],
    ['2023-05-01', 'general', { sector: 'special-equipment' }, 'ndrc-order-58', 'single', '2024-05-01', '2026-05-01'],
    ['2023-05-01', 'general', { sector: 'food' }, 'ndrc-order-58', 'single', '2024-05-01', '2026-05-01'],
    ['2023-05-01', 'general', { sector: 'drug' }, 'ndrc-order-58', 'single', '2024-05-01', '2026-05-01'],
    ['2023-05-01', 'general', { sector: 'other' }, 'ndrc-order-58', 'single', '2023-08-01', '2026-05-01'],
    ['2026-03-31', 'serious', {}, 'ndrc-order-58', 'single', '2026-06-30', '2029-03-31'],
    ['2026-03-31', 'serious', { sector: 'fire-safety' }, 'ndrc-order-58', 'single', '2027-03-31', '2029-03-31'],
    ['2026-04-01', 'serious', {}, 'ndrc-order-36', 'serious', '2027-04-01', '2029-04-01'],
    ['2026-04-01', 'general', {}, 'ndrc-order-36', 'general', '2026-07-01', '2027-04-01'],
    ['2026-04-01', 'general', { sector: 'fire-safety' }, 'ndrc-order-36', 'general', '2026-07-01', '2027-04-01'],
  ] as const)(
    'decided %s, %s %j → %s (%s): repair from %s, published until %s',
    (date, severity, extra, regime, cls, repairableFrom, until) => {
      expect(publicationWindow(penalty(severity, date, extra), periods)).toMatchObject({
        regime,
        class: cls,
        publish: true,
        repairable: true,
        repairableFrom,
        until,
      });
    },
  );

  it('the 58号 sector minimum names its own basis, marked local', () => {
    const window = publicationWindow(penalty('general', '2024-01-10', { sector: 'fire-safety' }), periods)!;
    expect(window.sectorMinimum).toMatchObject({
      sector: 'fire-safety',
      basis: { documentNumber: '国家发展改革委令第58号', local: true },
    });
    expect(window.basis.documentNumber).toBe('国家发展改革委令第58号');
    expect(publicationWindow(penalty('general', '2024-01-10'), periods)!.sectorMinimum).toBeUndefined();
  });

  it.each([
    ['2019-07-01', '2022-07-01'],
    ['2023-04-30', '2026-04-30'],
  ])('527号 特定严重失信 decided %s: published the full 3 years to %s and never repairable', (date, until) => {
    const window = publicationWindow(penalty('serious', date, { specificSeriousDishonesty: true }), periods);
    expect(window).toMatchObject({ regime: 'ndrc-527-2019', class: 'specific-serious', repairable: false, repairableFrom: until, until });
    expect(window!.basis).toMatchObject({ documentNumber: '发改办财金〔2019〕527号', clause: expect.stringContaining('不予修复') });
  });

  it('the 特定严重失信 flag is a 527号 class only: from 2023-05-01 the record is repairable under the regime of its date', () => {
    expect(publicationWindow(penalty('serious', '2023-05-01', { specificSeriousDishonesty: true }), periods)).toMatchObject({
      regime: 'ndrc-order-58',
      repairable: true,
      repairableFrom: '2023-08-01',
    });
    expect(publicationWindow(penalty('serious', '2026-04-01', { specificSeriousDishonesty: true }), periods)).toMatchObject({
      regime: 'ndrc-order-36',
      repairable: true,
    });
  });

  it('527号 has no 轻微 class, and no regime is encoded before 2019-07-01: no window (not published), never a later rule', () => {
    expect(publicationWindow(penalty('minor', '2022-01-10'), periods)).toBeUndefined();
    expect(publicationWindow(penalty('serious', '2019-06-30'), periods)).toBeUndefined();
    expect(publicationWindow(penalty('serious', '2019-07-01'), periods)).toMatchObject({ regime: 'ndrc-527-2019' });
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
