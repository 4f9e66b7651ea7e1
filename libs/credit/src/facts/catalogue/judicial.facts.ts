import type { FactDefinition } from '../fact-definition.js';
import { ALL_KINDS } from '../../subjects/subject-kind.js';
import { date, documentNumber, text, prose } from './common-fields.js';
import { directlyResponsible } from './person-roles.js';

/** 《最高人民法院关于公布失信被执行人名单信息的若干规定》(法释〔2017〕7号) 第一条. */
export const DISHONEST_DEBTOR_GROUNDS = {
  'able-but-refuses': '（一）有履行能力而拒不履行生效法律文书确定义务的',
  'obstructs-enforcement': '（二）以伪造证据、暴力、威胁等方法妨碍、抗拒执行的',
  'evades-enforcement': '（三）以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行的',
  'violates-property-reporting': '（四）违反财产报告制度的',
  'violates-consumption-restriction': '（五）违反限制消费令的',
  'breaks-settlement': '（六）无正当理由拒不履行执行和解协议的',
} as const;

export const judicialFacts: FactDefinition[] = [
  {
    type: 'DishonestDebtorListed',
    version: 1,
    label: '纳入失信被执行人名单',
    description: 'A people’s court lists the subject as a dishonest judgment debtor (法释〔2017〕7号).',
    recordedBy: ['court'],
    subjectKinds: ALL_KINDS,
    fields: {
      caseNumber: documentNumber('执行案号'),
      courtName: text('执行法院', 200),
      ground: { kind: 'enum', label: '失信情形（法释〔2017〕7号第一条）', values: DISHONEST_DEBTOR_GROUNDS },
      obligation: prose('生效法律文书确定的义务'),
      basisDocumentNumber: documentNumber('执行依据文号'),
      listedOn: date('发布（纳入）日期'),
      listingYears: { kind: 'integer', label: '失信期限（年，第一条第（二）至（六）项一般为二年）', min: 1, max: 5, optional: true },
      directlyResponsible,
    },
    decisionKey: ['caseNumber'],
    example: {
      caseNumber: '（2026）京0105执1234号',
      courtName: '北京市朝阳区人民法院',
      ground: 'able-but-refuses',
      obligation: '支付货款人民币 120000 元及利息',
      basisDocumentNumber: '（2025）京0105民初5678号',
      listedOn: '2026-06-15',
    },
  },
  {
    type: 'DishonestDebtorObligationFulfilled',
    version: 1,
    label: '失信被执行人履行完毕',
    description: 'The obligation behind a dishonest-debtor listing is fulfilled.',
    recordedBy: ['court'],
    subjectKinds: ALL_KINDS,
    fields: { caseNumber: documentNumber('执行案号'), fulfilledOn: date('履行完毕日期') },
    refersTo: { types: ['DishonestDebtorListed'], by: ['caseNumber'] },
    example: { caseNumber: '（2026）京0105执1234号', fulfilledOn: '2026-08-01' },
  },
  {
    type: 'DishonestDebtorDeleted',
    version: 1,
    label: '删除失信信息',
    description: 'The court deletes the listing (fulfilment, settlement performed, term expired, revoked …).',
    recordedBy: ['court'],
    subjectKinds: ALL_KINDS,
    fields: { caseNumber: documentNumber('执行案号'), reason: prose('删除原因'), deletedOn: date('删除日期') },
    refersTo: { types: ['DishonestDebtorListed'], by: ['caseNumber'], ends: true },
    example: { caseNumber: '（2026）京0105执1234号', reason: '全部履行完毕', deletedOn: '2026-08-04' },
  },
];
