import type { FactContext } from './context.js';
import { dateOf, LAST_FACT_DAY, yearOfDay } from './dates.js';
import { wanYuan } from './money.js';
import type { Random } from './prng.js';
import type { Organisation } from './subjects.js';

interface Accident {
  readonly deaths: number;
  readonly seriousInjuries: number;
  /** 直接经济损失 in 分; absent when the report gives none. */
  readonly directLoss?: number;
}

/**
 * Accidents on both sides of the 较大事故 limits (死亡3人以上, 重伤10人以上, 直接经济损失1000万元以上) and
 * fatal 一般 accidents, which list a unit only when three fall within a year.
 */
const ACCIDENTS: readonly (readonly [(random: Random) => Accident, number])[] = [
  [(r) => ({ deaths: r.int(3, 6), seriousInjuries: r.int(0, 8), directLoss: r.int(300, 2000) * 1_000_000 }), 8],
  [(r) => ({ deaths: 2, seriousInjuries: r.int(0, 9), directLoss: r.int(100, 999) * 1_000_000 }), 8],
  [(r) => ({ deaths: r.int(0, 2), seriousInjuries: r.int(10, 15), directLoss: r.int(200, 900) * 1_000_000 }), 6],
  [() => ({ deaths: 0, seriousInjuries: 9, directLoss: 500_000_000 }), 5],
  [
    (r) => ({
      deaths: r.int(0, 1),
      seriousInjuries: r.int(0, 5),
      directLoss: r.chance(0.5) ? 1_000_000_000 : r.int(1000, 3000) * 1_000_000,
    }),
    6,
  ],
  [(r) => ({ deaths: r.int(0, 1), seriousInjuries: r.int(0, 5), directLoss: 999_990_000 }), 6],
  [(r) => ({ deaths: 1, seriousInjuries: r.int(0, 3), directLoss: r.int(50, 500) * 1_000_000 }), 30],
  [(r) => ({ deaths: 0, seriousInjuries: r.int(0, 5), directLoss: r.chance(0.7) ? r.int(5, 300) * 1_000_000 : undefined }), 31],
];

const VIOLATIONS = [
  '未依法取得安全生产许可证擅自从事生产经营活动',
  '存在重大事故隐患，一年内经执法检查两次以上未按期整改',
  '瞒报生产安全事故',
  '谎报、迟报生产安全事故',
  '被责令停产停业整顿，仍然从事生产经营活动',
  '拒绝、阻碍安全生产监管监察',
  '安全生产和职业健康技术服务机构出具虚假报告',
];

function determine(
  context: FactContext,
  organisation: Organisation,
  occurred: number,
  accident: Accident,
  lag: readonly [number, number] = [30, 200],
): void {
  const { random, numbers } = context;
  const determined = context.workingDay(occurred + lag[0], Math.min(occurred + lag[1], LAST_FACT_DAY));
  if (determined === undefined) return;
  const major = accident.deaths >= 3 || accident.seriousInjuries >= 10 || (accident.directLoss ?? 0) >= 1_000_000_000;
  const reportNumber = numbers.documentNumber(major ? '京应急批' : `京${organisation.district.short}应急批`, yearOfDay(determined));
  context.emit('work-safety', 'WorkSafetyAccidentDetermined', determined, organisation.subject, {
    reportNumber,
    occurredOn: dateOf(occurred),
    determinedOn: dateOf(determined),
    deaths: accident.deaths,
    seriousInjuries: accident.seriousInjuries,
    directLoss: accident.directLoss === undefined ? undefined : wanYuan(accident.directLoss),
    responsibility: random.weighted([
      ['main', 50],
      ['important', 30],
      ['other', 20],
    ] as const),
  });
  maybeRemoval(context, organisation, determined, reportNumber);
}

/** Removal from the work-safety list is approved on application: mostly after the year, some within it. */
function maybeRemoval(context: FactContext, organisation: Organisation, listed: number, reference: string): void {
  if (!context.random.chance(0.25)) return;
  const approved = context.random.chance(0.8)
    ? context.workingDay(listed + 366, Math.min(listed + 500, LAST_FACT_DAY))
    : context.workingDay(listed + 200, Math.min(listed + 360, LAST_FACT_DAY));
  if (approved === undefined) return;
  context.emit('work-safety', 'WorkSafetyRemovalApproved', approved, organisation.subject, { reference, approvedOn: dateOf(approved) });
}

/** 生产安全事故责任认定: one accident, on either side of the 较大事故 limits. */
export function accidentEpisode(context: FactContext): void {
  const organisation = context.business();
  const occurred = context.workingDay(organisation.activeFrom, LAST_FACT_DAY - 40);
  if (occurred !== undefined) determine(context, organisation, occurred, context.random.weighted(ACCIDENTS)(context.random));
}

/** A unit with three fatal 一般 accidents determined within a year (listed on the third). */
export function accidentSeriesEpisode(context: FactContext): void {
  const { random } = context;
  const organisation = context.business();
  const first = context.workingDay(organisation.activeFrom, LAST_FACT_DAY - 345);
  if (first === undefined) return;
  for (const offset of [0, random.int(60, 140), random.int(160, 280)]) {
    determine(
      context,
      organisation,
      first + offset,
      { deaths: 1, seriousInjuries: random.int(0, 2), directLoss: random.int(50, 400) * 1_000_000 },
      [30, 60],
    );
  }
}

/** 安全生产失信行为 other than accidents (瞒报, 拒不整改 …). */
export function workSafetyViolationEpisode(context: FactContext): void {
  const { random, numbers } = context;
  const organisation = context.business();
  const found = context.workingDay(organisation.activeFrom, LAST_FACT_DAY);
  if (found === undefined) return;
  const decisionNumber = numbers.documentNumber(`京${organisation.district.short}应急罚`, yearOfDay(found));
  context.emit('work-safety', 'WorkSafetyViolationFound', found, organisation.subject, {
    decisionNumber,
    foundOn: dateOf(found),
    violation: random.pick(VIOLATIONS),
  });
  maybeRemoval(context, organisation, found, decisionNumber);
}
