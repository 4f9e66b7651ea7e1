import { rangeFilterNames, type TextFilter } from '../../range-filters-form';

/** The log's filters besides the days asked: about which person, by which department. */
export const PERSON_QUERY_TEXT_FILTERS: readonly TextFilter<'subject' | 'department'>[] = [
  { name: 'subject', label: '身份证号 Person', width: 220 },
  { name: 'department', label: '查询部门 Department', placeholder: '部门编号', width: 140 },
];
export const PERSON_QUERY_FILTERS = rangeFilterNames(PERSON_QUERY_TEXT_FILTERS);
