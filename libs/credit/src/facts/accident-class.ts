/**
 * The class of a production-safety accident (生产安全事故报告和调查处理条例 第三条, 国务院令第493号):
 *
 * （一）特别重大事故: 30人以上死亡, 或者100人以上重伤, 或者1亿元以上直接经济损失;
 * （二）重大事故: 10人以上30人以下死亡, 或者50人以上100人以下重伤, 或者5000万元以上1亿元以下直接经济损失;
 * （三）较大事故: 3人以上10人以下死亡, 或者10人以上50人以下重伤, 或者1000万元以上5000万元以下直接经济损失;
 * （四）一般事故: 3人以下死亡, 或者10人以下重伤, 或者1000万元以下直接经济损失.
 * "本条第一款所称的'以上'包括本数，所称的'以下'不包括本数。"
 *
 * The limbs are joined by 或者, so the class is the highest one that any of the three measures reaches.
 * Sources: http://daszuowen.cn/zuoye/18548039, https://w.sf024.com/info/297746187.html,
 * http://k67r.cn/member/edu24ol/140725.html (the full article 3 with its last paragraph).
 */
export const ACCIDENT_CLASSES = {
  'especially-major': '特别重大事故',
  major: '重大事故',
  larger: '较大事故',
  general: '一般事故',
} as const;

export type AccidentClass = keyof typeof ACCIDENT_CLASSES;

export interface AccidentMeasures {
  readonly deaths: number;
  readonly seriousInjuries: number;
  /** 直接经济损失 in 万元, an exact decimal string; absent when the report gives none. */
  readonly directLoss?: string;
}

/** The lower bound (以上, inclusive) of each class above 一般, highest first: deaths, serious injuries, 万元. */
const LOWER_BOUNDS: readonly (readonly [AccidentClass, number, number, bigint])[] = [
  ['especially-major', 30, 100, 10_000n],
  ['major', 10, 50, 5_000n],
  ['larger', 3, 10, 1_000n],
];

const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;

export function accidentClass({ deaths, seriousInjuries, directLoss }: AccidentMeasures): AccidentClass {
  for (const name of ['deaths', 'seriousInjuries'] as const) {
    const value = name === 'deaths' ? deaths : seriousInjuries;
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number of persons, got ${value}`);
  }
  if (directLoss !== undefined && !DECIMAL.test(directLoss))
    throw new RangeError(`directLoss must be an exact decimal in 万元, got ${directLoss}`);
  // Every bound is a whole number of 万元, so "loss ≥ bound" is "whole part of the loss ≥ bound": no rounding.
  const wholeLoss = directLoss === undefined ? 0n : BigInt(directLoss.split('.')[0]);
  const reached = LOWER_BOUNDS.find(([, d, s, loss]) => deaths >= d || seriousInjuries >= s || wholeLoss >= loss);
  return reached ? reached[0] : 'general';
}
