import type { FactDefinition } from '../fact-definition.js';
import { ALL_KINDS, ORGANIZATION_KINDS } from '../../subjects/subject-kind.js';
import { date, documentNumber, yuan, termDate } from './common-fields.js';

export const TAX_CREDIT_LEVELS = { A: 'A级', B: 'B级', M: 'M级', C: 'C级', D: 'D级' } as const;

export const taxFacts: FactDefinition[] = [
  {
    type: 'MajorTaxCaseDecided',
    version: 1,
    label: '重大税收违法失信案件',
    description:
      'A tax case decision becomes final. The 2798号/3062号 criteria compare the evaded amount per year with the tax payable per year, so both are given per year, in 元.',
    recordedBy: ['tax'],
    subjectKinds: ALL_KINDS,
    fields: {
      decisionNumber: documentNumber('税务处理（处罚）决定书文号'),
      decisionDate: date('决定日期'),
      finalOn: termDate('决定生效日期'),
      violation: {
        kind: 'enum',
        label: '违法类型',
        values: {
          evasion: '偷税（逃避缴纳税款）',
          'arrears-evasion': '逃避追缴欠税',
          'export-refund-fraud': '骗取出口退税',
          'tax-resistance': '抗税',
          'false-invoicing': '虚开发票',
          other: '其他',
        },
      },
      yearly: {
        kind: 'list',
        label: '分年度税额',
        maxItems: 30,
        item: {
          year: { kind: 'integer', label: '纳税年度', min: 1990, max: 2100 },
          evadedAmount: yuan('当年偷税数额（元）'),
          taxPayable: yuan('当年应纳税额（元）'),
        },
      },
      unpaidAssessedTax: yuan('查补税款未缴金额（元）'),
      criminalSentence: { kind: 'boolean', label: '是否已被判处刑罚' },
    },
    decisionKey: ['decisionNumber'],
    example: {
      decisionNumber: '京税稽罚〔2026〕17号',
      decisionDate: '2026-02-10',
      finalOn: '2026-03-15',
      violation: 'evasion',
      yearly: [{ year: 2024, evadedAmount: '1200000.00', taxPayable: '9000000.00' }],
      unpaidAssessedTax: '1200000.00',
      criminalSentence: false,
    },
  },
  {
    type: 'TaxPaidInFull',
    version: 1,
    label: '缴清税款、滞纳金和罚款',
    description: 'The assessed tax, late fees and fines of a case are paid in full.',
    recordedBy: ['tax'],
    subjectKinds: ALL_KINDS,
    fields: { decisionNumber: documentNumber('税务处理（处罚）决定书文号'), paidOn: date('缴清日期') },
    refersTo: { types: ['MajorTaxCaseDecided'], by: ['decisionNumber'], ends: true },
    example: { decisionNumber: '京税稽罚〔2026〕17号', paidOn: '2026-05-01' },
  },
  {
    type: 'TaxCreditRated',
    version: 1,
    label: '纳税信用级别评价',
    description: 'The annual tax credit rating (A, B, M, C, D) of a taxpayer.',
    recordedBy: ['tax'],
    subjectKinds: ORGANIZATION_KINDS,
    fields: {
      year: { kind: 'integer', label: '评价年度', min: 2014, max: 2100 },
      level: { kind: 'enum', label: '纳税信用级别', values: TAX_CREDIT_LEVELS },
      publishedOn: date('发布日期'),
    },
    decisionKey: ['year'],
    example: { year: 2025, level: 'A', publishedOn: '2026-04-20' },
  },
];
