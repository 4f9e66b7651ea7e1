import type { FactDefinition } from '../fact-definition.js';
import type { FieldSpec } from '../field-spec.js';
import { ALL_KINDS, ORGANIZATION_KINDS } from '../../subjects/subject-kind.js';
import { count, date, documentNumber, optionalDate, text, yuan, termDate } from './common-fields.js';

export const TAX_CREDIT_LEVELS = { A: 'A级', B: 'B级', M: 'M级', C: 'C级', D: 'D级' } as const;

/**
 * The limbs of 国家税务总局令第54号 第六条 (the same conduct the 2016 and 2018 公告 list with other figures).
 * `other` is a case that is none of them: recorded, never listed.
 */
export const MAJOR_TAX_CASE_LIMBS = {
  evasion: '（一）偷税：不缴或者少缴应纳税款',
  'withholding-evasion': '（一）采取前述手段不缴或者少缴已扣、已收税款',
  'arrears-evasion': '（二）逃避追缴欠税',
  'export-refund-fraud': '（三）骗取国家出口退税款',
  'tax-resistance': '（四）以暴力、威胁方法拒不缴纳税款（抗税）',
  'false-special-invoicing': '（五）虚开增值税专用发票或者虚开用于骗取出口退税、抵扣税款的其他发票',
  'false-ordinary-invoicing': '（六）虚开增值税普通发票',
  'invoice-forgery': '（七）私自印制、伪造、变造发票，非法制造发票防伪专用品，伪造发票监制章',
  absconding: '（八）稽查案件执行完毕前不履行税收义务并脱离税务机关监管，经检查确认走逃（失联）',
  facilitating: '（九）为纳税人、扣缴义务人非法提供银行账户、发票、证明或者其他方便',
  'tax-agent': '（十）税务代理人违反税收法律、行政法规造成纳税人未缴或者少缴税款',
  'other-serious': '（十一）其他性质恶劣、情节严重、社会危害性较大的税收违法行为',
  other: '其他（不属第六条情形）',
} as const;

/**
 * 刑法 分则第三章第六节 危害税收征管罪 (arts. 201–210之一): the offences for which 2798号 (三) bars a person
 * from company office. 公司法 art.146 / art.178 reach every 破坏社会主义市场经济秩序 offence; the tax
 * memorandum only these.
 */
export const TAX_CRIMES = {
  'tax-evasion': '逃税罪（第二百零一条）',
  'tax-resistance': '抗税罪（第二百零二条）',
  'arrears-evasion': '逃避追缴欠税罪（第二百零三条）',
  'export-refund-fraud': '骗取出口退税罪（第二百零四条）',
  'false-special-invoicing': '虚开增值税专用发票、用于骗取出口退税、抵扣税款发票罪（第二百零五条）',
  'false-invoicing': '虚开发票罪（第二百零五条之一）',
  'special-invoice-forgery': '伪造、出售伪造的增值税专用发票罪（第二百零六条）',
  'special-invoice-sale': '非法出售增值税专用发票罪（第二百零七条）',
  'special-invoice-purchase': '非法购买增值税专用发票、购买伪造的增值税专用发票罪（第二百零八条）',
  'invoice-manufacture-or-sale': '非法制造、出售非法制造的发票罪等（第二百零九条）',
  'forged-invoice-possession': '持有伪造的发票罪（第二百一十条之一）',
} as const;

/**
 * The persons a tax decision names as directly responsible, for the 2798号 reach: "当事人为企业的，惩戒的对象为企业及其
 * 法定代表人、负有直接责任的财务负责人". Only the finance head is reached that way, so only a finance head is named here.
 */
const directlyResponsibleFinanceHead: FieldSpec = {
  kind: 'list',
  label: '负有直接责任的财务负责人（决定中认定）',
  optional: true,
  maxItems: 5,
  item: {
    person: { kind: 'person', label: '责任人员' },
    position: { kind: 'enum', label: '职务', values: { 财务负责人: '财务负责人' } },
  },
};

const optionalYuan = (label: string): FieldSpec => ({ ...yuan(label), optional: true });

export const taxFacts: FactDefinition[] = [
  {
    type: 'MajorTaxCaseDecided',
    version: 2,
    label: '重大税收违法失信主体确定',
    description:
      'A tax case meets a limb of 国家税务总局令第54号 第六条 and the tax authority determines the party a 失信主体 after the penalty ' +
      'became final (第七条). Each limb carries the figures it needs: evasion per year (evaded and payable), the withheld tax, the ' +
      'arrears, the ordinary invoices (份数, 金额), the tax lost through help or agency; 虚开专票, 骗税, 抗税, 私印发票 and 走逃 need none.',
    recordedBy: ['tax'],
    subjectKinds: ALL_KINDS,
    fields: {
      decisionNumber: documentNumber('税务处理（处罚）决定书文号'),
      decisionDate: date('决定日期'),
      finalOn: termDate('决定生效日期'),
      determinedOn: date('失信主体确定日期（令第54号第七条；2022年2月1日前为案件符合公布标准、决定生效之日）'),
      determinationNumber: { kind: 'text', label: '失信主体确定文书文号', maxLength: 200, optional: true },
      violation: { kind: 'enum', label: '违法情形（令第54号第六条）', values: MAJOR_TAX_CASE_LIMBS },
      yearly: {
        kind: 'list',
        label: '分年度税额（偷税）',
        optional: true,
        maxItems: 30,
        item: {
          year: { kind: 'integer', label: '纳税年度', min: 1990, max: 2100 },
          evadedAmount: yuan('当年不缴或者少缴应纳税款（元）'),
          taxPayable: yuan('当年各税种应纳税总额（元）'),
        },
      },
      withheldUnpaid: optionalYuan('不缴或者少缴已扣、已收税款（元）'),
      arrearsAmount: optionalYuan('欠缴税款金额（元，逃避追缴欠税）'),
      invoiceCount: { ...count('虚开普通发票份数'), optional: true },
      invoiceAmount: optionalYuan('虚开普通发票金额（元）'),
      taxLossAmount: optionalYuan('导致未缴、少缴税款（元，第六条第（九）（十）项）'),
      exportRefundObtained: { kind: 'boolean', label: '是否导致骗取国家出口退税款（第六条第（九）项）', optional: true },
      unpaidAssessedTax: yuan('查补税款未缴金额（元）'),
      directlyResponsible: directlyResponsibleFinanceHead,
    },
    decisionKey: ['decisionNumber'],
    example: {
      decisionNumber: '京税稽罚〔2026〕17号',
      decisionDate: '2026-02-10',
      finalOn: '2026-03-15',
      determinedOn: '2026-03-20',
      violation: 'evasion',
      yearly: [
        { year: 2023, evadedAmount: '600000.00', taxPayable: '4000000.00' },
        { year: 2024, evadedAmount: '600000.00', taxPayable: '9000000.00' },
      ],
      unpaidAssessedTax: '1200000.00',
    },
  },
  {
    type: 'TaxPaidInFull',
    version: 1,
    label: '缴清税款、滞纳金和罚款',
    description:
      'The tax, late fees and fines of a case are paid in full. Under the 2018 公告 this stops publication of evasion and arrears ' +
      'cases; since 2022-02-01 it is a precondition of an application for early stop, not an end by itself.',
    recordedBy: ['tax'],
    subjectKinds: ALL_KINDS,
    fields: { decisionNumber: documentNumber('税务处理（处罚）决定书文号'), paidOn: date('缴清日期') },
    refersTo: { types: ['MajorTaxCaseDecided'], by: ['decisionNumber'] },
    example: { decisionNumber: '京税稽罚〔2026〕17号', paidOn: '2026-05-01' },
  },
  {
    type: 'CriminalSentenceServed',
    version: 1,
    label: '因税收犯罪被判处刑罚（执行完毕或缓刑考验期满）',
    description:
      'A person sentenced for a tax crime (刑法 第二百零一条至第二百一十条之一): when the sentence was served, or, for a suspended ' +
      'sentence, when probation ends. 公司法 (2018) art.146 / (2023) art.178 bar the person from company office for the years after.',
    recordedBy: ['court'],
    subjectKinds: ['natural-person'],
    fields: {
      judgmentNumber: documentNumber('刑事判决书案号'),
      courtName: text('判决法院', 200),
      offence: { kind: 'enum', label: '罪名', values: TAX_CRIMES },
      sentencedOn: date('判决生效日期'),
      suspended: { kind: 'boolean', label: '是否宣告缓刑' },
      servedOn: optionalDate('刑罚执行完毕日期'),
      probationEndsOn: optionalDate('缓刑考验期满日期'),
    },
    decisionKey: ['judgmentNumber'],
    example: {
      judgmentNumber: '（2022）京0105刑初88号',
      courtName: '北京市朝阳区人民法院',
      offence: 'false-special-invoicing',
      sentencedOn: '2022-09-01',
      suspended: false,
      servedOn: '2025-08-31',
    },
  },
  {
    type: 'TaxCreditRated',
    version: 1,
    label: '纳税信用级别评价',
    description:
      'The annual tax credit rating (A, B, M, C, D) of a taxpayer, or its dynamic adjustment (动态调整): a later rating of the same ' +
      'year, published on another day, replaces the earlier one.',
    recordedBy: ['tax'],
    subjectKinds: ORGANIZATION_KINDS,
    fields: {
      year: { kind: 'integer', label: '评价年度', min: 2014, max: 2100 },
      level: { kind: 'enum', label: '纳税信用级别', values: TAX_CREDIT_LEVELS },
      publishedOn: date('发布日期'),
    },
    decisionKey: ['year', 'publishedOn'],
    example: { year: 2025, level: 'A', publishedOn: '2026-04-20' },
  },
];
