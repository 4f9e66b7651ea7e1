import type { FactDefinition } from '../fact-definition.js';
import { ALL_KINDS } from '../../subjects/subject-kind.js';
import { factEventId } from '../../subject-stream/event-ids.js';
import { date, optionalText, prose, text } from './common-fields.js';

/** The field of RecordRevoked that names the revoked fact event. */
export const REVOKED_EVENT_FIELD = 'revokedEventId';

/**
 * What an upheld objection (异议成立) does when the record was wrong in itself: the credit record is revoked, void
 * from the start. The lists behave as if the fact had never been recorded — no entry it caused ever applied, on any
 * date — while the event log keeps both (the audit shows the revocation).
 *
 * Basis: 发改财金规〔2017〕1798号 (十九): "经异议处理，'红名单'主体认定有误的，认定部门（单位）应将相关主体从'红名单'中删除"
 * (docs/law/measures/incentives.md) — 删除, not an exit from a date. `inferred`: that the deletion works back to the start
 * (ex tunc) is the doctrine of 撤销 under 《行政诉讼法》第七十条 (the act loses its effect from when it was made, unlike
 * 确认违法 under 第七十四条, which leaves it standing), read in secondary sources only (lawparks.com, a journal note at
 * rdbk1.ynlib.cn: "撤销判决否定的是被诉具体行政行为的效力，确认违法判决…维持了被诉具体行政行为的效力"); no text read
 * says so of a credit record in terms.
 */
export const objectionFacts: FactDefinition[] = [
  {
    type: 'RecordRevoked',
    version: 1,
    label: '信用记录撤销（异议成立，自始无效）',
    description:
      'A credit record is revoked as wrong from the start (an upheld objection): the lists read the history without it, ' +
      'so what it caused never applied.',
    recordedBy: ['credit-office'],
    subjectKinds: ALL_KINDS,
    fields: {
      [REVOKED_EVENT_FIELD]: text('被撤销记录的事件编号', 64),
      objectionId: optionalText('异议编号', 64),
      reason: prose('撤销理由'),
      revokedOn: date('撤销日期'),
    },
    effect: 'revokes-record',
    example: {
      // the event of a penalty the market regulator recorded as its record AKSCJ-2026-0001
      [REVOKED_EVENT_FIELD]: factEventId('ak-scj', 'AKSCJ-2026-0001'),
      objectionId: '4b7c2d1e-9f8a-8b6c-a5d4-e3f2a1b0c9d8',
      reason: '经来源部门核实，处罚对象认定错误',
      revokedOn: '2026-10-20',
    },
  },
];
