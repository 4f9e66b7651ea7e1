import { api } from '../shared/api';
import { todayInShanghai } from '../shared/dates';
import { PAGE_MODULES } from './page-modules';
import { keepPrefetched, subjectPaths } from './prefetched-answers';
import { looksLikeResidentId } from './resident-id';

/**
 * Opening the console at a subject's page: its code and its calls start with the shell, not after the shell's first
 * render (the first-load budget: an interactive subject page within 2 s). A person's page waits for the purpose instead.
 */
export function prefetchOnStart(): void {
  const match = /^\/console\/subjects\/([^/]+)\/?$/.exec(location.pathname);
  const apiKey = sessionStorage.getItem('jiangcheng.apiKey');
  if (!match || !apiKey) return;
  void PAGE_MODULES.subject();
  const code = decodeURIComponent(match[1]).trim().toUpperCase();
  if (looksLikeResidentId(code)) return;
  const params = new URLSearchParams(location.search);
  const { first } = subjectPaths(code, params.get('asOf') ?? todayInShanghai(), params.get('scenario') ?? undefined);
  for (const path of Object.values(first)) keepPrefetched(path, api(path, { apiKey }));
}
