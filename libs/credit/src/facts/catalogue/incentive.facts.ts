import type { FactDefinition } from '../fact-definition.js';
import { ALL_KINDS } from '../../subjects/subject-kind.js';
import { date, documentNumber, text, optionalTermDate, prose } from './common-fields.js';
import { SEVERITY_CLASSES } from './double-publicity.facts.js';

export const HONOUR_LEVELS = { national: '国家级', provincial: '省级', municipal: '市级', district: '区县级' } as const;

/**
 * 志愿中国 grades: "以志愿服务时长、频次、单次服务时长三个主要因素…将青年志愿者划分为1A到5A五个等级" (2016 行动计划, as reported at
 * http://lanzhou.baogaosu.com/xinwen/…/51223675/). Not the star rating, which counts hours only.
 */
export const VOLUNTEER_GRADES = { '1A': '1A', '2A': '2A', '3A': '3A', '4A': '4A', '5A': '5A' } as const;

export const incentiveFacts: FactDefinition[] = [
  {
    type: 'HonourAwarded',
    version: 1,
    label: '表彰奖励',
    description: 'An honour or award, with its level and validity.',
    recordedBy: ['own-decisions'],
    subjectKinds: ALL_KINDS,
    fields: {
      documentNumber: documentNumber('表彰决定文号'),
      honourName: text('荣誉名称', 200),
      level: { kind: 'enum', label: '荣誉级别', values: HONOUR_LEVELS },
      awardingBody: text('授予单位', 200),
      awardedOn: date('授予日期'),
      validUntil: optionalTermDate('有效期至'),
    },
    decisionKey: ['documentNumber'],
    example: {
      documentNumber: '京政发〔2026〕12号',
      honourName: '北京市守信企业',
      level: 'municipal',
      awardingBody: '北京市人民政府',
      awardedOn: '2026-01-15',
      validUntil: '2028-01-14',
    },
  },
  {
    type: 'HonourRevoked',
    version: 1,
    label: '撤销表彰奖励',
    description: 'An honour is revoked.',
    recordedBy: ['own-decisions'],
    subjectKinds: ALL_KINDS,
    fields: { documentNumber: documentNumber('表彰决定文号'), reason: prose('撤销原因'), revokedOn: date('撤销日期') },
    refersTo: { types: ['HonourAwarded'], by: ['documentNumber'], ends: true },
    example: { documentNumber: '京政发〔2026〕12号', reason: '被列入严重失信主体名单', revokedOn: '2026-09-01' },
  },
  {
    type: 'VolunteerServiceRated',
    version: 1,
    label: '志愿者星级认定 / 青年志愿者等级评定',
    description:
      'A volunteer’s rating: the local star rating by cumulative hours, or the 志愿中国 grade 1A–5A (hours, frequency and session ' +
      'length, 2016 青年志愿者守信联合激励), with the validity the grading body sets (发改财金规〔2017〕1798号 (十九)).',
    recordedBy: ['volunteer-service'],
    subjectKinds: ['natural-person'],
    fields: {
      stars: { kind: 'integer', label: '星级（一星至五星，按累计服务时长）', min: 1, max: 5, optional: true },
      grade: { kind: 'enum', label: '青年志愿者等级（志愿中国，1A至5A）', values: VOLUNTEER_GRADES, optional: true },
      serviceHours: { kind: 'decimal', label: '累计志愿服务时长（小时）', unit: '小时' },
      ratedOn: date('认定日期'),
      validUntil: optionalTermDate('认定有效期至'),
      organization: text('认定组织', 200),
    },
    example: {
      grade: '5A',
      serviceHours: '1520.5',
      ratedOn: '2026-03-05',
      validUntil: '2027-03-04',
      organization: '共青团北京市委员会',
    },
  },
  {
    type: 'CreditCommitmentMade',
    version: 1,
    label: '信用承诺',
    description: 'An approval granted on the subject’s credit commitment (告知承诺).',
    recordedBy: ['own-decisions'],
    subjectKinds: ALL_KINDS,
    fields: {
      commitmentNumber: documentNumber('承诺书编号'),
      matter: prose('承诺事项'),
      madeOn: date('承诺日期'),
      dueOn: optionalTermDate('核查期限'),
    },
    decisionKey: ['commitmentNumber'],
    example: { commitmentNumber: 'CN-2026-000981', matter: '食品经营许可告知承诺', madeOn: '2026-03-01', dueOn: '2026-06-01' },
  },
  {
    type: 'CreditCommitmentKept',
    version: 1,
    label: '信用承诺履行',
    description: 'Verification found the commitment kept.',
    recordedBy: ['own-decisions'],
    subjectKinds: ALL_KINDS,
    fields: { commitmentNumber: documentNumber('承诺书编号'), verifiedOn: date('核查日期') },
    refersTo: { types: ['CreditCommitmentMade'], by: ['commitmentNumber'], ends: true },
    example: { commitmentNumber: 'CN-2026-000981', verifiedOn: '2026-05-20' },
  },
  {
    type: 'CreditCommitmentBroken',
    version: 1,
    label: '信用承诺违诺',
    description:
      'Verification found the commitment broken (承诺不实): recorded as dishonesty information, with the class the verifying ' +
      'department gives it under 令第36号 (which sets how long it is published and in force).',
    recordedBy: ['own-decisions'],
    subjectKinds: ALL_KINDS,
    fields: {
      commitmentNumber: documentNumber('承诺书编号'),
      verifiedOn: date('核查日期'),
      finding: prose('违诺情形'),
      // Optional: added after the fact was first recorded; the class is the department's to give, never derived.
      severity: { kind: 'enum', label: '失信程度（令第36号，由核查部门认定）', values: SEVERITY_CLASSES, optional: true },
    },
    // One finding per commitment (the commitment ends with it); the key lets its correction refer to it.
    decisionKey: ['commitmentNumber'],
    refersTo: { types: ['CreditCommitmentMade'], by: ['commitmentNumber'], ends: true },
    example: { commitmentNumber: 'CN-2026-000981', verifiedOn: '2026-05-20', finding: '实际经营条件与承诺不符', severity: 'general' },
  },
];
