import type { FactDefinition } from '../fact-definition.js';
import { ALL_KINDS } from '../../subjects/subject-kind.js';
import { date, documentNumber, text, optionalTermDate, prose } from './common-fields.js';

export const LIST_COLORS = { red: '红名单（守信激励）', black: '黑名单（失信惩戒）' } as const;

export const listingFacts: FactDefinition[] = [
  {
    type: 'ListingDecided',
    version: 1,
    label: '认定列入红黑名单',
    description: 'A competent department explicitly lists the subject (发改财金规〔2017〕1798号): list type, basis and period.',
    recordedBy: ['list-authority'],
    subjectKinds: ALL_KINDS,
    fields: {
      decisionNumber: documentNumber('认定文书号'),
      listType: text('名单类型（规则集中的名单编号）', 100),
      color: { kind: 'enum', label: '红 / 黑', values: LIST_COLORS },
      basis: prose('认定依据（文号及条款）'),
      listedOn: date('列入日期'),
      validUntil: optionalTermDate('有效期至'),
    },
    decisionKey: ['decisionNumber'],
    example: {
      decisionNumber: '京发改信认〔2026〕5号',
      listType: 'a-level-taxpayer',
      color: 'red',
      basis: '发改财金〔2016〕1467号',
      listedOn: '2026-04-25',
      validUntil: '2027-04-24',
    },
  },
  {
    type: 'DelistingDecided',
    version: 1,
    label: '移出红黑名单',
    description: 'A competent department removes an explicit listing.',
    recordedBy: ['list-authority'],
    subjectKinds: ALL_KINDS,
    fields: {
      listingDecisionNumber: documentNumber('原认定文书号'),
      decisionNumber: documentNumber('移出决定文书号'),
      reason: prose('移出原因'),
      delistedOn: date('移出日期'),
    },
    refersTo: { types: ['ListingDecided'], by: ['listingDecisionNumber'], ends: true },
    decisionKey: ['decisionNumber'],
    example: {
      listingDecisionNumber: '京发改信认〔2026〕5号',
      decisionNumber: '京发改信移〔2026〕2号',
      reason: '信用修复',
      delistedOn: '2026-10-01',
    },
  },
];
