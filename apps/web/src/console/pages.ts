import { createElement, use, type ComponentType } from 'react';
import { PAGE_MODULES } from './page-modules';

/** A page as a component: it suspends while its code loads, and renders at once when the code came first. */
function page(load: () => Promise<{ default: ComponentType }>): ComponentType {
  return function Page() {
    return createElement(use(load()).default);
  };
}

export const PAGES = {
  signIn: page(PAGE_MODULES.signIn),
  search: page(PAGE_MODULES.search),
  subject: page(PAGE_MODULES.subject),
  audit: page(PAGE_MODULES.audit),
  personQueries: page(PAGE_MODULES.personQueries),
  dashboards: page(PAGE_MODULES.dashboards),
  queues: page(PAGE_MODULES.queues),
  ruleSets: page(PAGE_MODULES.ruleSets),
  departments: page(PAGE_MODULES.departments),
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
