/**
 * The departments whose files the dataset is made of, in the order to import them: a department may
 * record only the fact types of its roles, so each role group gets its own file and department.
 * Registration comes first, so that the persons holding offices are known before anything is listed.
 */

export type FileKey =
  'registration' | 'market' | 'court' | 'tax' | 'human-resources' | 'work-safety' | 'volunteer-service' | 'list-authority';

export interface DatasetDepartment {
  readonly key: FileKey;
  readonly file: string;
  readonly id: string;
  readonly name: string;
  readonly roles: readonly string[];
  /** Prefix of the department's own record ids (sourceRecordId). */
  readonly recordPrefix: string;
}

export const DEPARTMENTS: readonly DatasetDepartment[] = [
  {
    key: 'registration',
    file: 'registration.ndjson',
    id: 'bj-registration',
    name: '北京市市场监督管理局（登记注册）',
    roles: ['registration'],
    recordPrefix: 'DJ',
  },
  { key: 'market', file: 'market.ndjson', id: 'bj-market', name: '北京市市场监督管理局', roles: ['own-decisions'], recordPrefix: 'SCJG' },
  { key: 'court', file: 'court.ndjson', id: 'bj-court', name: '北京市高级人民法院', roles: ['court'], recordPrefix: 'FY' },
  { key: 'tax', file: 'tax.ndjson', id: 'bj-tax', name: '国家税务总局北京市税务局', roles: ['tax'], recordPrefix: 'SW' },
  {
    key: 'human-resources',
    file: 'human-resources.ndjson',
    id: 'bj-hrss',
    name: '北京市人力资源和社会保障局',
    roles: ['human-resources'],
    recordPrefix: 'RS',
  },
  {
    key: 'work-safety',
    file: 'work-safety.ndjson',
    id: 'bj-emergency',
    name: '北京市应急管理局',
    roles: ['work-safety'],
    recordPrefix: 'YJ',
  },
  {
    key: 'volunteer-service',
    file: 'volunteer-service.ndjson',
    id: 'bj-youth-league',
    name: '共青团北京市委员会',
    roles: ['volunteer-service'],
    recordPrefix: 'ZY',
  },
  {
    key: 'list-authority',
    file: 'list-authority.ndjson',
    id: 'bj-credit-lists',
    name: '北京市发展和改革委员会',
    roles: ['list-authority'],
    recordPrefix: 'FG',
  },
];
