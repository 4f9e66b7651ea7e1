import { PERSON_ROLES } from '#credit';
import { SCENARIOS } from './scenarios.js';

/**
 * Whom a measure reaches: the listed subject itself, or a person through one of the roles the fact
 * catalogue can record (one vocabulary, `PERSON_ROLES`).
 */
export const REACH = {
  subject: '被列入名单的主体本身',
  'natural-person-subject': '主体为自然人时（仅自然人）',
  ...PERSON_ROLES,
} as const;

/**
 * When a list entry reaches persons through the roles they hold in the listed organisation:
 * `none`: it reaches no one (only the subject itself);
 * `held-when-listed`: the roles held on the entry's `since`, whenever that role was recorded, and still after
 * the person leaves the role;
 * `held-while-listed`: also the roles taken up while the entry lasts, from the day they are taken up.
 * Persons the decision names as directly responsible are reached by that entry under either of the last two.
 * `named-in-decision`: only the persons the listing decision itself names (人社部令第45号第五条 当事人), whatever
 * roles are registered.
 */
export const ROLE_TIMING = {
  none: '不及于任何人员',
  'held-when-listed': '列入之日担任该职务的人员',
  'held-while-listed': '列入之日及名单有效期间担任该职务的人员',
  'named-in-decision': '仅列入决定中载明的当事人',
} as const;

export { SCENARIOS };

export const LIST_COLORS = ['red', 'black'] as const;

/**
 * What a list type records when it is not a 名单 (rule-format.md §9): `dishonesty-information` is 失信信息 of
 * 令第36号 第四条 (其他失信信息, such as a broken credit commitment). Its entries carry measures like a black list's,
 * but 1798号 (十九) does not apply: only a 黑名单 or 重点关注名单 listing deletes a red entry.
 */
export const LIST_RECORDS = ['dishonesty-information'] as const;
export type ListRecord = (typeof LIST_RECORDS)[number];

/** Editions of the 全国失信惩戒措施基础清单 a measure may cite. */
export const BASIC_LIST_EDITIONS = ['2021', '2022', '2024'] as const;

/**
 * The rank of the text a measure rests on (立法法). A category-1 measure of the basic list needs a 法律 or
 * 行政法规 (国办发〔2020〕49号: no department adds or aggravates a sanction).
 */
export const STATUTE_LEVELS = ['法律', '行政法规', '司法解释', '党中央国务院政策文件', '部门规章', '地方性法规', '规范性文件'] as const;
export const CATEGORY_ONE_LEVELS: readonly StatuteLevel[] = ['法律', '行政法规'];
export type StatuteLevel = (typeof STATUTE_LEVELS)[number];
export const MEASURE_KINDS = ['punishment', 'incentive'] as const;

/** How a list entry's validity ends. */
export const TERM_KINDS = {
  fixed: '固定期限',
  'until-obligation-fulfilled': '无固定期限，至义务履行完毕',
  'until-removal-approved': '至批准移出',
  'publication-period': '按令第36号失信程度确定公示期（至最长公示期届满）',
  'until-validity-end': '至认定有效期届满',
  'until-exit': '无固定期限，至满足移出条件',
} as const;

export type Reach = keyof typeof REACH;
export type Scenario = keyof typeof SCENARIOS;
export type TermKind = keyof typeof TERM_KINDS;
export type RoleTiming = keyof typeof ROLE_TIMING;
