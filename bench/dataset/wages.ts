import type { FactContext } from './context.js';
import { dateOf, FIRST_FACT_DAY, LAST_FACT_DAY, yearOfDay } from './dates.js';
import { yuan } from './money.js';
import { DISTRICTS } from './places.js';
import type { Random } from './prng.js';
import type { SubjectRef } from './subjects.js';

interface Arrears {
  readonly workers: number;
  readonly months: number;
  /** 分. */
  readonly amount: number;
}

/**
 * Findings on both sides of Beijing's listing limits (3个月以上 and 2万元以上; 10人以上 and 10万元以上):
 * over, exactly on, and just under each limit.
 */
const SCENARIOS: readonly (readonly [(random: Random) => Arrears, number])[] = [
  [(r) => ({ workers: r.int(1, 9), months: r.int(3, 8), amount: r.int(20_000, 90_000) * 100 }), 15],
  [(r) => ({ workers: r.int(1, 9), months: 3, amount: 2_000_000 }), 6],
  [(r) => ({ workers: r.int(1, 9), months: 2, amount: r.int(30_000, 90_000) * 100 }), 10],
  [(r) => ({ workers: r.int(1, 9), months: r.int(3, 6), amount: 1_999_999 }), 8],
  [(r) => ({ workers: r.int(10, 60), months: r.int(1, 2), amount: r.int(100_000, 800_000) * 100 }), 15],
  [() => ({ workers: 10, months: 1, amount: 10_000_000 }), 6],
  [(r) => ({ workers: 9, months: r.int(1, 2), amount: r.int(100_000, 300_000) * 100 }), 8],
  [(r) => ({ workers: r.int(10, 20), months: r.int(1, 2), amount: 9_999_999 }), 8],
  [(r) => ({ workers: r.int(1, 5), months: r.int(1, 2), amount: r.int(3_000, 19_000) * 100 }), 24],
];

/** 拖欠农民工工资 findings by the human-resources bureau; 40% are later corrected (wages paid). */
export function wageArrearsEpisode(context: FactContext): void {
  finding(context, false);
}

/** A finding whose arrears caused a mass incident (listed nationally whatever the amount). */
export function massIncidentWageArrearsEpisode(context: FactContext): void {
  finding(context, true);
}

function finding(context: FactContext, massIncident: boolean): void {
  const { random, numbers } = context;
  const organisation = random.chance(0.95) ? context.business() : undefined;
  const subject: SubjectRef = organisation?.subject ?? context.personSubject().subject;
  const district = organisation?.district ?? random.weighted(DISTRICTS.map((d) => [d, d.weight] as const));
  const day = context.workingDay(organisation?.activeFrom ?? FIRST_FACT_DAY, LAST_FACT_DAY);
  if (day === undefined) return;
  const arrears = random.weighted(SCENARIOS)(random);
  const decisionNumber = numbers.documentNumber(`京${district.short}人社监处字`, yearOfDay(day));
  context.emit('human-resources', 'WageArrearsFound', day, subject, {
    decisionNumber,
    foundOn: dateOf(day),
    workers: arrears.workers,
    months: arrears.months,
    amount: yuan(arrears.amount),
    escaped: random.chance(0.05) ? true : random.chance(0.3) ? false : undefined,
    massIncident: massIncident || (random.chance(0.3) ? false : undefined),
  });
  if (random.chance(0.4)) {
    const corrected = context.workingDay(day + 7, Math.min(day + 200, LAST_FACT_DAY));
    if (corrected !== undefined)
      context.emit('human-resources', 'WageArrearsCorrected', corrected, subject, { decisionNumber, correctedOn: dateOf(corrected) });
  }
}
