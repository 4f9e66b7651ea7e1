/** Where a list entry stands on the as-of date (libs/rules EntryStatus). */
export const ENTRY_STATUS: Record<string, string> = {
  'not-yet': '尚未生效',
  active: '有效',
  expired: '期满',
  ended: '已移出',
};

/** Roles through which an organisation's entry reaches a person (libs/credit PERSON_ROLES); the api also answers roleLabel. */
export const ROLE_LABELS: Record<string, string> = {
  'legal-representative': '法定代表人',
  'principal-person': '主要负责人',
  'actual-controller': '实际控制人',
  'finance-manager': '财务负责人',
  'safety-manager': '分管安全生产的负责人',
  'directly-responsible-person': '负有直接责任的人员',
};

export const roleLabel = (role: string): string => ROLE_LABELS[role] ?? role;

export const documentText = (ref: { documentNumber: string; clause?: string } | undefined): string =>
  ref ? [ref.documentNumber, ref.clause].filter(Boolean).join(' ') : '—';
