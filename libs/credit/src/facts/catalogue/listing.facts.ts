import type { FactDefinition, RecorderRole } from '../fact-definition.js';
import type { FieldSpec } from '../field-spec.js';
import { ALL_KINDS } from '../../subjects/subject-kind.js';
import { date, documentNumber, text, optionalTermDate, prose } from './common-fields.js';
import { directlyResponsible } from './person-roles.js';

/** The departments that decide a listing: the credit-list authority and the domain departments whose rules list by decision. */
const LIST_DECIDERS: readonly RecorderRole[] = ['list-authority', 'human-resources', 'work-safety', 'tax'];

/** The document numbers of the qualifying facts a decision or notice rests on (处理决定书、处罚决定书 …). */
// At most 5, so that a batch of the largest listing decisions stays within the body limit (apps/api/src/security/body-limit.ts).
const grounds: FieldSpec = { kind: 'texts', label: '列入事由所依据的文书号（认定、处罚决定等）', maxItems: 5, maxLength: 200 };

export const listingFacts: FactDefinition[] = [
  {
    type: 'ListingDecided',
    version: 2,
    label: '作出列入名单决定',
    description:
      'The competent department’s written listing decision (列入决定书, e.g. 人社部令第45号第八条): list type, grounds, basis and period. ' +
      'Whether the list is red or black is the rule set’s to say.',
    recordedBy: LIST_DECIDERS,
    subjectKinds: ALL_KINDS,
    fields: {
      decisionNumber: documentNumber('列入决定书文号'),
      listType: text('名单类型（规则集中的名单编号）', 100),
      grounds,
      basis: prose('列入依据（文号及条款）'),
      listedOn: date('列入日期（决定作出之日）'),
      validUntil: optionalTermDate('有效期至'),
      directlyResponsible,
    },
    decisionKey: ['decisionNumber'],
    example: {
      decisionNumber: '京朝人社列〔2026〕3号',
      listType: 'wage-arrears',
      grounds: ['京朝人社监处字〔2026〕31号'],
      basis: '《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人社部令第45号）第五条第一项',
      listedOn: '2026-03-20',
      validUntil: '2029-03-19',
    },
  },
  {
    type: 'ListingNoticeServed',
    version: 1,
    label: '拟列入名单告知',
    description: 'The notice before a listing decision: the grounds, the basis and the right to object (告知, e.g. 人社部令第45号第六条).',
    recordedBy: LIST_DECIDERS,
    subjectKinds: ALL_KINDS,
    fields: {
      noticeNumber: documentNumber('告知书文号'),
      listType: text('名单类型（规则集中的名单编号）', 100),
      grounds,
      servedOn: date('送达日期'),
    },
    decisionKey: ['noticeNumber'],
    example: {
      noticeNumber: '京朝人社告〔2026〕3号',
      listType: 'wage-arrears',
      grounds: ['京朝人社监处字〔2026〕31号'],
      servedOn: '2026-03-10',
    },
  },
  {
    type: 'EarlyRemovalApplied',
    version: 1,
    label: '申请提前移出名单',
    description: 'The listed subject applies to the deciding department for early removal (e.g. 人社部令第45号第十二条).',
    recordedBy: LIST_DECIDERS,
    subjectKinds: ALL_KINDS,
    fields: {
      applicationNumber: documentNumber('申请编号'),
      listingDecisionNumber: documentNumber('列入决定书文号'),
      appliedOn: date('申请日期'),
      commitmentMade: { kind: 'boolean', label: '是否作出书面信用承诺' },
    },
    refersTo: { types: ['ListingDecided', 'MajorTaxCaseDecided'], by: ['listingDecisionNumber'] },
    decisionKey: ['applicationNumber'],
    example: {
      applicationNumber: '京朝人社移申〔2026〕1号',
      listingDecisionNumber: '京朝人社列〔2026〕3号',
      appliedOn: '2026-10-08',
      commitmentMade: true,
    },
  },
  {
    type: 'EarlyRemovalDecided',
    version: 1,
    label: '提前移出名单决定',
    description:
      'The deciding department approves or refuses an early removal (e.g. 人社部令第45号第十四条: 准予 / 不予提前移出, with reasons).',
    recordedBy: LIST_DECIDERS,
    subjectKinds: ALL_KINDS,
    fields: {
      applicationNumber: documentNumber('申请编号'),
      listingDecisionNumber: documentNumber('列入决定书文号'),
      outcome: { kind: 'enum', label: '决定', values: { approved: '准予提前移出', refused: '不予提前移出' } },
      decidedOn: date('决定日期'),
      reason: prose('理由'),
    },
    refersTo: { types: ['ListingDecided', 'MajorTaxCaseDecided'], by: ['listingDecisionNumber'] },
    decisionKey: ['applicationNumber'],
    example: {
      applicationNumber: '京朝人社移申〔2026〕1号',
      listingDecisionNumber: '京朝人社列〔2026〕3号',
      outcome: 'approved',
      decidedOn: '2026-10-20',
      reason: '已改正拖欠工资违法行为，自改正之日起列入满6个月，已作出书面信用承诺',
    },
  },
  {
    type: 'DelistingDecided',
    version: 1,
    label: '移出红黑名单',
    description: 'A competent department removes an explicit listing.',
    recordedBy: LIST_DECIDERS,
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
      listingDecisionNumber: '京朝人社列〔2026〕3号',
      decisionNumber: '京朝人社移〔2026〕2号',
      reason: '信用修复',
      delistedOn: '2026-10-25',
    },
  },
];
