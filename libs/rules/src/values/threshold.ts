import { compareDecimals, parseDecimal, type Decimal } from './decimal.js';

/**
 * The comparison words of Chinese legal texts. 以上 and 以下 include the number itself (《刑法》第九十九条
 * and common drafting practice); 超过 and 不满 (or 未满, 低于) exclude it.
 */
export const THRESHOLD_WORDS = {
  以上: 'at-least',
  以下: 'at-most',
  超过: 'more-than',
  不满: 'less-than',
} as const;

export type ThresholdWord = keyof typeof THRESHOLD_WORDS;
export type Comparison = (typeof THRESHOLD_WORDS)[ThresholdWord];

export interface Threshold {
  readonly word: ThresholdWord;
  readonly value: Decimal;
  /** As written in the rule set, for explanations: "100万元以上". */
  readonly text: string;
}

export function threshold(word: ThresholdWord, value: string, text = `${value}${word}`): Threshold {
  if (!Object.hasOwn(THRESHOLD_WORDS, word)) throw new RangeError(`unknown threshold word ${word}`);
  return { word, value: parseDecimal(value), text };
}

export function meets(actual: Decimal, limit: Threshold): boolean {
  const order = compareDecimals(actual, limit.value);
  switch (THRESHOLD_WORDS[limit.word]) {
    case 'at-least':
      return order >= 0;
    case 'at-most':
      return order <= 0;
    case 'more-than':
      return order > 0;
    case 'less-than':
      return order < 0;
  }
}
