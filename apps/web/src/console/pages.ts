import { lazy } from 'react';

/** Every page is its own chunk: the first load carries the shell and the page asked for. */
export const PAGES = {
  signIn: lazy(() => import('./pages/sign-in/sign-in-page')),
  search: lazy(() => import('./pages/search/search-page')),
  subject: lazy(() => import('./pages/subject/subject-page')),
  audit: lazy(() => import('./pages/audit/audit-page')),
  personQueries: lazy(() => import('./pages/person-queries/person-queries-page')),
  dashboards: lazy(() => import('./pages/dashboards/dashboards-page')),
  queues: lazy(() => import('./pages/queues/queues-page')),
  ruleSets: lazy(() => import('./pages/rule-sets/rule-sets-page')),
  departments: lazy(() => import('./pages/departments/departments-page')),
};

/** The menu: path, Chinese label with the English staff may need, and whether only the credit office sees it. */
export const MENU = [
  { path: '/search', label: '主体查询 Search', creditOfficeOnly: false },
  { path: '/audit', label: '名单变更审计 Audit', creditOfficeOnly: true },
  { path: '/person-queries', label: '个人信息查询记录 Person queries', creditOfficeOnly: true },
  { path: '/dashboards', label: '统计看板 Dashboards', creditOfficeOnly: false },
  { path: '/queues', label: '异议与修复 Objections & repairs', creditOfficeOnly: false },
  { path: '/rule-sets', label: '规则集 Rule sets', creditOfficeOnly: true },
  { path: '/departments', label: '部门与密钥 Departments & keys', creditOfficeOnly: true },
] as const;
