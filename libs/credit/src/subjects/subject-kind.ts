/** Whom a credit fact is about. Enterprises and organisations carry a 统一社会信用代码, persons a 身份证号. */
export const SUBJECT_KINDS = {
  enterprise: '企业',
  'individual-business': '个体工商户',
  'other-organization': '其他组织',
  'natural-person': '自然人',
} as const;

export type SubjectKind = keyof typeof SUBJECT_KINDS;

export const ORGANIZATION_KINDS: readonly SubjectKind[] = ['enterprise', 'individual-business', 'other-organization'];
export const ALL_KINDS = Object.keys(SUBJECT_KINDS) as SubjectKind[];

export function isSubjectKind(value: unknown): value is SubjectKind {
  return typeof value === 'string' && Object.hasOwn(SUBJECT_KINDS, value);
}
