import type { FactContext } from './context.js';
import { addYears, dateOf, LAST_FACT_DAY, yearOfDay } from './dates.js';

const LISTS = [
  { listType: 'a-level-taxpayer', basis: '发改财金〔2016〕1467号', years: 1 },
  { listType: 'wage-arrears', basis: '人社部规〔2017〕16号第五条', years: 3 },
] as const;

/** 认定列入红黑名单 by the credit-list authority (explicit listings beside the rule-derived ones); a fifth are removed. */
export function explicitListingEpisode(context: FactContext): void {
  const { random, numbers } = context;
  const organisation = context.business();
  const day = context.workingDay(organisation.activeFrom, LAST_FACT_DAY);
  if (day === undefined) return;
  const list = random.weighted<(typeof LISTS)[number]>([
    [LISTS[0], 6],
    [LISTS[1], 4],
  ]);
  const decisionNumber = numbers.documentNumber('京发改信认', yearOfDay(day));
  context.emit('list-authority', 'ListingDecided', day, organisation.subject, {
    decisionNumber,
    listType: list.listType,
    grounds: [],
    basis: list.basis,
    listedOn: dateOf(day),
    validUntil: addYears(dateOf(day - 1), list.years),
  });
  if (!random.chance(0.2)) return;
  const delisted = context.workingDay(day + 60, Math.min(day + 400, LAST_FACT_DAY));
  if (delisted === undefined) return;
  context.emit('list-authority', 'DelistingDecided', delisted, organisation.subject, {
    listingDecisionNumber: decisionNumber,
    decisionNumber: numbers.documentNumber('京发改信移', yearOfDay(delisted)),
    reason: random.pick(['信用修复', '认定依据被撤销', '违法行为已纠正并完成信用修复']),
    delistedOn: dateOf(delisted),
  });
}
