import type { ComponentType } from 'react';

type PageModule = Promise<{ default: ComponentType }>;

/** A page's code, loaded once; the promise carries React's thenable fields, so `use` reads a settled one without suspending. */
function once(load: () => PageModule): () => PageModule {
  let started: (PageModule & { status?: string; value?: unknown; reason?: unknown }) | undefined;
  return () => {
    if (started) return started;
    const loading: PageModule & { status?: string; value?: unknown; reason?: unknown } = load();
    loading.status = 'pending';
    loading.then(
      (value) => Object.assign(loading, { status: 'fulfilled', value }),
      (reason: unknown) => Object.assign(loading, { status: 'rejected', reason }),
    );
    return (started = loading);
  };
}

/**
 * Every page is its own chunk: the first load carries the shell and the page asked for. No React here, so the entry
 * can start the page a URL names before the shell is loaded (first-load-prefetch.ts).
 */
export const PAGE_MODULES = {
  signIn: once(() => import('./pages/sign-in/sign-in-page')),
  search: once(() => import('./pages/search/search-page')),
  subject: once(() => import('./pages/subject/subject-page')),
  audit: once(() => import('./pages/audit/audit-page')),
  personQueries: once(() => import('./pages/person-queries/person-queries-page')),
  dashboards: once(() => import('./pages/dashboards/dashboards-page')),
  queues: once(() => import('./pages/queues/queues-page')),
  ruleSets: once(() => import('./pages/rule-sets/rule-sets-page')),
  departments: once(() => import('./pages/departments/departments-page')),
};
