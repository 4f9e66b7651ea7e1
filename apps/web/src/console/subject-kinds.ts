/** Subject kinds as the api names them (libs/credit SUBJECT_KINDS), in Chinese. */
export const SUBJECT_KIND_LABELS: Record<string, string> = {
  enterprise: '企业',
  'individual-business': '个体工商户',
  'other-organization': '其他组织',
  'natural-person': '自然人',
};

export const subjectKindLabel = (kind: string): string => SUBJECT_KIND_LABELS[kind] ?? kind;
