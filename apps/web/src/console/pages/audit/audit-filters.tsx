import { rangeFilterNames, type TextFilter } from '../../range-filters-form';

/** The audit's filters besides the days recorded (Asia/Shanghai): subject, list type, recording department. */
export const AUDIT_TEXT_FILTERS: readonly TextFilter<'subject' | 'listType' | 'department'>[] = [
  { name: 'subject', label: '主体代码 Subject', placeholder: '统一社会信用代码或身份证号', width: 220 },
  { name: 'listType', label: '名单类型 List type', placeholder: '如 dishonest-judgment-debtor', width: 220 },
  { name: 'department', label: '记录部门 Department', placeholder: '部门编号', width: 140 },
];
export const AUDIT_FILTERS = rangeFilterNames(AUDIT_TEXT_FILTERS);
