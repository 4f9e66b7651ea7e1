import { api } from '../shared/api';
import { todayInShanghai } from '../shared/dates';
import { PAGE_MODULES } from './page-modules';
import { keepPrefetched, subjectPaths } from './prefetched-answers';
import { looksLikeResidentId } from './resident-id';

/**
 * Opening the console at a subject's page: its calls, then its code, start from the entry, before the shell's code
 * is loaded (the first-load budget: an interactive subject page within 2 s). The calls go first: the api answers while
 * the scripts arrive. A person's page waits for the purpose instead.
 */
export function prefetchOnStart(): void {
  const match = /^\/console\/subjects\/([^/]+)\/?$/.exec(location.pathname);
  const apiKey = sessionStorage.getItem('jiangcheng.apiKey');
  if (!match || !apiKey) return;
  const code = decodeURIComponent(match[1]).trim().toUpperCase();
  if (!looksLikeResidentId(code)) {
    const params = new URLSearchParams(location.search);
    const { first } = subjectPaths(code, params.get('asOf') ?? todayInShanghai(), params.get('scenario') ?? undefined);
    for (const path of Object.values(first)) keepPrefetched(path, api(path, { apiKey }));
  }
  void PAGE_MODULES.subject();
}
