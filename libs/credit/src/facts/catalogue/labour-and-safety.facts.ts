import type { FactDefinition } from '../fact-definition.js';
import { ALL_KINDS, ORGANIZATION_KINDS } from '../../subjects/subject-kind.js';
import { count, date, documentNumber, tenThousandYuan, termDate, yuan, prose } from './common-fields.js';
import { directlyResponsible } from './person-roles.js';
import { ACCIDENT_CLASSES, accidentClass } from '../accident-class.js';
import type { FieldSpec } from '../field-spec.js';

/**
 * The sectors 应急管理部令第11号 第二条 names ("矿山（含尾矿库）、化工（含石油化工）、医药、危险化学品、烟花爆竹、石油开采、
 * 冶金、有色、建材、机械、轻工、纺织、烟草、商贸等行业领域生产经营单位和承担安全评价、认证、检测、检验职责的机构",
 * http://www.kmsl.gov.cn/c/2024-12-31/6949432.shtml), and `other` for the rest (建筑施工、道路运输 …).
 * Optional: facts recorded before the field existed carry none.
 */
export const WORK_SAFETY_SECTORS = {
  mining: '矿山（含尾矿库）',
  chemical: '化工（含石油化工）',
  pharmaceutical: '医药',
  'hazardous-chemicals': '危险化学品',
  fireworks: '烟花爆竹',
  'oil-extraction': '石油开采',
  metallurgy: '冶金',
  'nonferrous-metals': '有色',
  'building-materials': '建材',
  machinery: '机械',
  'light-industry': '轻工',
  textiles: '纺织',
  tobacco: '烟草',
  'commerce-and-trade': '商贸',
  'safety-service-institution': '承担安全评价、认证、检测、检验职责的机构',
  other: '其他行业领域',
} as const;

const workSafetySector: FieldSpec = { kind: 'enum', label: '行业领域', values: WORK_SAFETY_SECTORS, optional: true };

/**
 * The grounds of 应急管理部令第11号 a penalty decision can establish on an organisation, as far as the sources
 * read give them (https://ccin.com.cn/detail/be06cc79634e1d8075eaf3f28295347d/news, http://kl007.cn/voc/mkt/1041.html).
 * `other`: a behaviour that is no ground of 11号 (迟报, or one of 安监总办〔2017〕49号's that 11号 dropped).
 */
export const WORK_SAFETY_GROUNDS = {
  'aggravated-accident-fine': '发生生产安全事故，情节特别严重、影响特别恶劣，依照安全生产法第一百一十四条被处以罚款数额2倍以上5倍以下罚款',
  'concealed-accident': '瞒报、谎报生产安全事故',
  'unlicensed-operation': '未依法取得安全生产相关许可或者许可被暂扣、吊销期间从事相关生产经营活动',
  'institution-fraud': '承担安全评价、认证、检测、检验职责的机构租借资质、挂靠、出具虚假报告或者证书',
  other: '其他失信行为（非应急管理部令第11号所列情形）',
} as const;

export const labourAndSafetyFacts: FactDefinition[] = [
  {
    type: 'WageArrearsFound',
    version: 1,
    label: '拖欠农民工工资违法行为认定',
    description:
      'A human-resources department finds wage arrears: workers, months, the total, and the worker owed the most ' +
      '(法释〔2013〕3号 art.3 tests one worker: 3 months and that worker’s amount; ten workers: the total).',
    recordedBy: ['human-resources'],
    subjectKinds: ALL_KINDS,
    fields: {
      decisionNumber: documentNumber('认定（处理）决定书文号'),
      foundOn: date('认定日期'),
      workers: count('被拖欠工资的劳动者人数'),
      months: count('拖欠月数', 600),
      amount: yuan('拖欠工资数额（元）'),
      // Optional so that findings recorded before these fields stay valid; without them the one-worker limb is
      // not decided (never tested against the total).
      oneWorkerMonths: {
        ...count('被拖欠最多的一名劳动者：拖欠月数（有拖欠三个月以上者时，取其中被拖欠数额最多者）', 600),
        optional: true,
      },
      oneWorkerAmount: { ...yuan('被拖欠最多的一名劳动者：拖欠数额（元），与上栏为同一人'), optional: true },
      escaped: { kind: 'boolean', label: '是否以逃匿方式拖欠', optional: true },
      massIncident: { kind: 'boolean', label: '是否引发群体性事件、极端事件', optional: true },
      directlyResponsible,
    },
    decisionKey: ['decisionNumber'],
    example: {
      decisionNumber: '京朝人社监处字〔2026〕31号',
      foundOn: '2026-01-20',
      workers: 12,
      months: 3,
      amount: '186000.00',
      oneWorkerMonths: 3,
      oneWorkerAmount: '24000.00',
    },
  },
  {
    type: 'WagePaymentOrdered',
    version: 1,
    label: '责令限期支付工资',
    description:
      'The human-resources department orders the employer to pay the arrears of a finding by a deadline ' +
      '(人社部令第45号 art.5: listing only after this order and its deadline passed unpaid).',
    recordedBy: ['human-resources'],
    subjectKinds: ALL_KINDS,
    fields: {
      orderNumber: documentNumber('责令限期支付工资文书号'),
      findingNumber: documentNumber('所依据的认定（处理）决定书文号'),
      orderedOn: date('责令日期'),
      deadline: termDate('限期支付的截止日期'),
    },
    refersTo: { types: ['WageArrearsFound'], by: ['findingNumber'] },
    decisionKey: ['orderNumber'],
    example: {
      orderNumber: '京朝人社限付〔2026〕7号',
      findingNumber: '京朝人社监处字〔2026〕31号',
      orderedOn: '2026-01-22',
      deadline: '2026-02-05',
    },
  },
  {
    type: 'WagePaymentDeadlineMissed',
    version: 1,
    label: '逾期未支付工资',
    description: 'The deadline of a payment order passed with the wages unpaid (人社部令第45号 art.5 “逾期未支付”).',
    recordedBy: ['human-resources'],
    subjectKinds: ALL_KINDS,
    fields: {
      orderNumber: documentNumber('责令限期支付工资文书号'),
      findingNumber: documentNumber('所依据的认定（处理）决定书文号'),
      notedOn: date('确认逾期未支付的日期'),
    },
    refersTo: { types: ['WagePaymentOrdered'], by: ['orderNumber'] },
    decisionKey: ['orderNumber'],
    example: { orderNumber: '京朝人社限付〔2026〕7号', findingNumber: '京朝人社监处字〔2026〕31号', notedOn: '2026-02-06' },
  },
  {
    type: 'WageArrearsCorrected',
    version: 1,
    label: '拖欠工资整改完毕',
    description: 'The arrears behind a finding are paid.',
    recordedBy: ['human-resources'],
    subjectKinds: ALL_KINDS,
    fields: { decisionNumber: documentNumber('认定（处理）决定书文号'), correctedOn: date('整改完毕日期') },
    refersTo: { types: ['WageArrearsFound'], by: ['decisionNumber'], ends: true },
    example: { decisionNumber: '京朝人社监处字〔2026〕31号', correctedOn: '2026-02-28' },
  },
  {
    type: 'WorkSafetyAccidentDetermined',
    version: 1,
    label: '生产安全事故责任认定',
    description:
      'An accident investigation finds the subject responsible (deaths, serious injuries, direct economic loss); the accident class is computed from them (生产安全事故报告和调查处理条例 第三条).',
    recordedBy: ['work-safety'],
    subjectKinds: ORGANIZATION_KINDS,
    fields: {
      reportNumber: documentNumber('事故调查报告批复文号'),
      occurredOn: date('事故发生日期'),
      determinedOn: date('批复日期'),
      deaths: count('死亡人数', 10_000),
      seriousInjuries: count('重伤人数', 10_000),
      directLoss: tenThousandYuan('直接经济损失（万元）'),
      responsibility: { kind: 'enum', label: '责任', values: { main: '负有主要责任', important: '负有重要责任', other: '负有责任' } },
      sector: workSafetySector,
      directlyResponsible,
    },
    derived: {
      accidentClass: {
        spec: { kind: 'enum', label: '事故等级（由死亡、重伤人数和直接经济损失计算）', values: ACCIDENT_CLASSES },
        compute: (fact) =>
          accidentClass({
            deaths: fact.deaths as number,
            seriousInjuries: fact.seriousInjuries as number,
            directLoss: fact.directLoss as string | undefined,
          }),
      },
    },
    decisionKey: ['reportNumber'],
    example: {
      reportNumber: '京应急批〔2026〕9号',
      occurredOn: '2026-03-03',
      determinedOn: '2026-06-30',
      deaths: 1,
      seriousInjuries: 2,
      directLoss: '230.5',
      responsibility: 'main',
      sector: 'hazardous-chemicals',
    },
  },
  {
    type: 'WorkSafetyViolationFound',
    version: 1,
    label: '安全生产失信行为认定',
    description:
      'A work-safety violation other than an accident, or an aggravating circumstance of one, found by a penalty decision (发改财金〔2016〕1001号, 安监总办〔2017〕49号; 应急管理部令第11号 names its grounds).',
    recordedBy: ['work-safety'],
    subjectKinds: ORGANIZATION_KINDS,
    fields: {
      decisionNumber: documentNumber('认定文书号（行政处罚决定书文号）'),
      foundOn: date('认定日期'),
      violation: prose('失信行为'),
      ground: { kind: 'enum', label: '应急管理部令第11号所列情形', values: WORK_SAFETY_GROUNDS, optional: true },
      sector: workSafetySector,
      directlyResponsible,
    },
    decisionKey: ['decisionNumber'],
    example: {
      decisionNumber: '京应急罚〔2026〕40号',
      foundOn: '2026-04-02',
      violation: '瞒报生产安全事故',
      ground: 'concealed-accident',
      sector: 'hazardous-chemicals',
    },
  },
  {
    type: 'WorkSafetyRemovalApproved',
    version: 1,
    label: '安全生产失信名单移出',
    description: 'The work-safety authority approves removal from its list.',
    recordedBy: ['work-safety'],
    subjectKinds: ORGANIZATION_KINDS,
    fields: { reference: documentNumber('原认定文书号或事故批复文号'), approvedOn: date('批准移出日期') },
    refersTo: { types: ['WorkSafetyAccidentDetermined', 'WorkSafetyViolationFound'], by: ['reference'], ends: true },
    example: { reference: '京应急罚〔2026〕40号', approvedOn: '2026-10-09' },
  },
];
