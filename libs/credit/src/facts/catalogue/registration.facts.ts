import type { FactDefinition } from '../fact-definition.js';
import { ORGANIZATION_KINDS } from '../../subjects/subject-kind.js';
import { date, optionalText, text, termDate } from './common-fields.js';
import { RELATION_ROLES } from './person-roles.js';

export const registrationFacts: FactDefinition[] = [
  {
    type: 'SubjectRegistered',
    version: 1,
    effect: 'registers-subject',
    label: '主体登记',
    description: 'An enterprise, individual business or other organisation is registered (or first known to the platform).',
    recordedBy: ['registration'],
    subjectKinds: ORGANIZATION_KINDS,
    fields: {
      registeredOn: date('成立日期'),
      registrationAuthority: text('登记机关', 200),
      legalForm: optionalText('类型（公司类型、组织形式）', 100),
      address: optionalText('住所', 500),
    },
    example: { registeredOn: '2015-06-18', registrationAuthority: '北京市市场监督管理局', legalForm: '有限责任公司' },
  },
  {
    type: 'RoleAppointed',
    version: 1,
    effect: 'appoints-role',
    label: '任职（法定代表人、主要负责人、实际控制人、财务负责人）',
    description:
      'A person takes up a role in the organisation from a date; memoranda reach listed enterprises’ persons through these roles.',
    recordedBy: ['registration', 'own-decisions'],
    subjectKinds: ORGANIZATION_KINDS,
    fields: {
      role: { kind: 'enum', label: '职务', values: RELATION_ROLES },
      person: { kind: 'person', label: '任职人员' },
      from: termDate('任职起始日期'),
    },
    example: { role: 'legal-representative', person: { idNumber: '11010519491231002X', name: '张三' }, from: '2020-01-01' },
  },
  {
    type: 'RoleEnded',
    version: 1,
    effect: 'ends-role',
    label: '离任',
    description: 'A person leaves a role they hold; the end may not precede the appointment.',
    recordedBy: ['registration', 'own-decisions'],
    subjectKinds: ORGANIZATION_KINDS,
    fields: {
      role: { kind: 'enum', label: '职务', values: RELATION_ROLES },
      person: { kind: 'person', label: '任职人员' },
      to: termDate('离任日期'),
    },
    example: { role: 'legal-representative', person: { idNumber: '11010519491231002X', name: '张三' }, to: '2025-12-31' },
  },
];
