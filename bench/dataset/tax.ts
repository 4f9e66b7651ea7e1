import type { FactContext } from './context.js';
import { dateOf, dayNumber, FIRST_FACT_DAY, LAST_FACT_DAY, yearOfDay } from './dates.js';
import { yuan } from './money.js';
import type { Random } from './prng.js';
import type { Organisation, SubjectRef } from './subjects.js';

interface TaxYear {
  readonly year: number;
  /** 分. */
  readonly evaded: number;
  readonly payable: number;
}

/**
 * How the evaded amounts sit against the 2798号 evasion criterion (any one year with 100万元以上 evaded and
 * 10%以上 of that year's tax payable): well over, exactly on both limits, just under one limit, over each
 * limit only in different years, and far under.
 */
type Scenario = 'listed' | 'on-both-limits' | 'amount-just-under' | 'ratio-just-under' | 'limits-in-different-years' | 'small';

const SCENARIOS: readonly (readonly [Scenario, number])[] = [
  ['listed', 40],
  ['on-both-limits', 8],
  ['amount-just-under', 12],
  ['ratio-just-under', 12],
  ['limits-in-different-years', 8],
  ['small', 20],
];

function taxYears(random: Random, scenario: Scenario, years: readonly number[]): TaxYear[] {
  const small = (year: number): TaxYear => {
    const evaded = random.int(1, 50) * 1_000_000;
    return { year, evaded, payable: evaded * random.int(3, 30) };
  };
  const [first, ...rest] = years;
  switch (scenario) {
    case 'listed': {
      const evaded = random.int(100, 3000) * 1_000_000;
      return [{ year: first, evaded, payable: Math.floor((evaded * 100) / random.int(10, 60)) }, ...rest.map(small)];
    }
    case 'on-both-limits':
      return [{ year: first, evaded: 100_000_000, payable: 1_000_000_000 }, ...rest.map(small)];
    case 'amount-just-under':
      return [{ year: first, evaded: 99_999_999, payable: 499_999_995 }, ...rest.map(small)];
    case 'ratio-just-under': {
      const evaded = random.int(150, 500) * 1_000_000;
      return [{ year: first, evaded, payable: evaded * 10 + 1 }, ...rest.map(small)];
    }
    case 'limits-in-different-years':
      return [
        { year: first, evaded: 200_000_000, payable: 4_000_000_000 },
        { year: rest[0], evaded: 50_000_000, payable: 200_000_000 },
        ...rest.slice(1).map(small),
      ];
    default:
      return years.map(small);
  }
}

const BUREAUS = ['一', '二', '三', '四'];

/**
 * 重大税收违法失信案件: mostly evasion on both sides of the 2798号 limits, some export-refund fraud and tax
 * resistance (listed whatever the amount), other violations not listed; some paid in full later.
 */
export function majorTaxCaseEpisode(context: FactContext): void {
  const { random, numbers } = context;
  const organisation = random.chance(0.92) ? context.business() : undefined;
  const subject: SubjectRef = organisation?.subject ?? context.personSubject().subject;
  const day = context.workingDay(organisation?.activeFrom ?? FIRST_FACT_DAY, LAST_FACT_DAY - 60);
  if (day === undefined) return;
  const final = context.workingDay(day + 15, Math.min(day + 60, LAST_FACT_DAY))!;
  const year = yearOfDay(day);
  const violation = random.weighted([
    ['evasion', 60],
    ['false-ordinary-invoicing', 15],
    ['arrears-evasion', 8],
    ['export-refund-fraud', 7],
    ['tax-resistance', 3],
    ['other', 7],
  ] as const);
  // The tax years examined: up to three before the decision, none before the organisation existed.
  const registeredYear = organisation ? Number(organisation.registeredOn.slice(0, 4)) : 2015;
  const lastYear = Math.max(year - 1, registeredYear);
  const firstYear = Math.max(lastYear - random.int(0, 2), registeredYear);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  let scenario: Scenario = violation === 'evasion' ? random.weighted(SCENARIOS) : random.chance(0.5) ? 'listed' : 'small';
  if (scenario === 'limits-in-different-years' && years.length < 2) scenario = 'small';
  const yearly = taxYears(random, scenario, years);
  const evaded = yearly.reduce((sum, y) => sum + y.evaded, 0);
  const decisionNumber = numbers.documentNumber(`京税稽${random.pick(BUREAUS)}罚`, year);
  context.emit('tax', 'MajorTaxCaseDecided', day, subject, {
    decisionNumber,
    decisionDate: dateOf(day),
    finalOn: dateOf(final),
    determinedOn: dateOf(final),
    violation,
    yearly: yearly.map((y) => ({ year: y.year, evadedAmount: yuan(y.evaded), taxPayable: yuan(y.payable) })),
    unpaidAssessedTax: yuan(random.chance(0.3) ? 0 : Math.floor((evaded * random.int(10, 100)) / 100)),
  });
  if (random.chance(0.35)) {
    const paid = context.workingDay(final + 5, Math.min(final + 200, LAST_FACT_DAY));
    if (paid !== undefined) context.emit('tax', 'TaxPaidInFull', paid, subject, { decisionNumber, paidOn: dateOf(paid) });
  }
}

const LEVELS: readonly (readonly ['A' | 'B' | 'M' | 'C' | 'D', number])[] = [
  ['A', 35],
  ['B', 45],
  ['M', 10],
  ['C', 6],
  ['D', 4],
];
const LAST_RATED_YEAR = 2025;
const rated = new WeakSet<Organisation>();

/**
 * 纳税信用级别: an organisation's annual ratings for a run of years up to 2025, each published in April of
 * the next year — A for many (the red list), D for a few. An organisation is rated in one run only.
 */
export function taxCreditRatingEpisode(context: FactContext): void {
  const { random } = context;
  let organisation = context.organisation();
  for (let attempt = 0; rated.has(organisation) && attempt < 20; attempt++) organisation = context.organisation();
  if (rated.has(organisation)) return;
  rated.add(organisation);
  const registeredYear = Number(organisation.registeredOn.slice(0, 4));
  let level = random.weighted(LEVELS);
  for (
    let year = Math.max(
      random.weighted([
        [2023, 3],
        [2024, 3],
        [2025, 4],
      ] as const),
      registeredYear,
    );
    year <= LAST_RATED_YEAR;
    year++
  ) {
    const published = context.workingDay(
      Math.max(dayNumber(`${year + 1}-04-01`), organisation.activeFrom),
      Math.min(dayNumber(`${year + 1}-04-30`), LAST_FACT_DAY),
    );
    if (published === undefined) continue;
    context.emit('tax', 'TaxCreditRated', published, organisation.subject, { year, level, publishedOn: dateOf(published) });
    if (!random.chance(0.7)) level = random.weighted(LEVELS);
  }
}
