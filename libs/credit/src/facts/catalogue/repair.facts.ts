import type { FactDefinition } from '../fact-definition.js';
import type { FieldSpec } from '../field-spec.js';
import { ALL_KINDS } from '../../subjects/subject-kind.js';
import { date, documentNumber, prose } from './common-fields.js';

/** A record is `{ subject, eventId }` (docs/joint-loop.md): the subject is the stream's, the event id names the fact. */
const recordEventId: FieldSpec = {
  kind: 'text',
  label: '被修复的失信信息（GET /v1/subjects/{code}/history 中的 eventId：处罚决定或列入名单的事实）',
  maxLength: 36,
  pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
};

export const REPAIR_OUTCOMES = { approved: '予以信用修复', refused: '不予信用修复' } as const;

/**
 * Credit repair (信用修复, 国家发展改革委令第36号): the application and the decision of the department that decided
 * the record (谁认定、谁修复) or of the credit office; and the performance of a penalty, which the repair requires.
 */
export const repairFacts: FactDefinition[] = [
  {
    type: 'PenaltyPerformed',
    version: 1,
    label: '行政处罚履行完毕',
    description:
      'The deciding department records that the penalty’s obligations are fully performed (罚款缴清、责令改正完成): ' +
      'a condition of credit repair (令第36号: 完全履行失信行为涉及的行政处罚…规定的义务).',
    recordedBy: ['own-decisions'],
    subjectKinds: ALL_KINDS,
    fields: {
      decisionNumber: documentNumber('行政处罚决定书文号'),
      performedOn: date('履行完毕日期'),
      proof: prose('履行证明（缴款凭证号、整改验收文书号等）', 500),
    },
    refersTo: { types: ['PenaltyDecided'], by: ['decisionNumber'] },
    example: { decisionNumber: '京朝市监罚〔2026〕123号', performedOn: '2026-05-20', proof: '非税收入缴款书 No.1100260012345' },
  },
  {
    type: 'CreditCommitmentBreachCorrected',
    version: 1,
    label: '违诺整改完毕',
    description:
      'The department that found a credit commitment broken records that the subject has corrected the breach (整改完毕): ' +
      'a condition of credit repair of the broken commitment (令第36号: 纠正失信行为、履行相关义务). It ends nothing by itself.',
    recordedBy: ['own-decisions'],
    subjectKinds: ALL_KINDS,
    fields: {
      commitmentNumber: documentNumber('承诺书编号'),
      correctedOn: date('整改完毕日期'),
      proof: prose('整改证明（验收文书号、补交材料等）', 500),
    },
    refersTo: { types: ['CreditCommitmentBroken'], by: ['commitmentNumber'] },
    example: { commitmentNumber: 'CN-2026-000981', correctedOn: '2026-06-15', proof: '整改验收意见书 朝市监整〔2026〕12号' },
  },
  {
    type: 'CreditRepairApplied',
    version: 1,
    label: '信用修复申请',
    description:
      'The subject applies for credit repair of one dishonesty record (a penalty or a black-list entry’s listing fact), ' +
      'with its public credit commitment. Recorded by the department that decided the record or by the credit office; ' +
      'refused (422) before the minimum period, without performed obligations or for a record that cannot be repaired.',
    recordedBy: ['own-decisions', 'credit-office'],
    subjectKinds: ALL_KINDS,
    fields: {
      applicationNumber: documentNumber('信用修复申请编号'),
      recordEventId,
      commitmentMade: { kind: 'boolean', label: '是否已公开作出信用承诺' },
      appliedOn: date('申请日期'),
    },
    decisionKey: ['applicationNumber'],
    example: {
      applicationNumber: 'XYXF-2026-000123',
      recordEventId: '3f0c6b1e-9a4d-8c2b-9e1f-5a6b7c8d9e0f',
      commitmentMade: true,
      appliedOn: '2026-08-10',
    },
  },
  {
    type: 'CreditRepairDecided',
    version: 1,
    label: '信用修复决定',
    description:
      'The department that decided the record (谁认定、谁修复) or the credit office approves or refuses a recorded application. ' +
      'Approved: publication and sharing stop, and the list entries resting on the record end on the decision date.',
    recordedBy: ['own-decisions', 'credit-office'],
    subjectKinds: ALL_KINDS,
    fields: {
      applicationNumber: documentNumber('信用修复申请编号'),
      recordEventId,
      outcome: { kind: 'enum', label: '决定', values: REPAIR_OUTCOMES },
      decidedOn: date('决定日期'),
      reason: prose('理由'),
    },
    decisionKey: ['applicationNumber'],
    example: {
      applicationNumber: 'XYXF-2026-000123',
      recordEventId: '3f0c6b1e-9a4d-8c2b-9e1f-5a6b7c8d9e0f',
      outcome: 'approved',
      decidedOn: '2026-08-18',
      reason: '已达到最短公示期限，已履行行政处罚义务并公开作出信用承诺',
    },
  },
];
