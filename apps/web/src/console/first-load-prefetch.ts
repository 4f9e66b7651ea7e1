import { api, query } from '../shared/api';
import { todayInShanghai } from '../shared/dates';
import { looksLikeResidentId } from './resident-id';

const started = new Map<string, Promise<unknown>>();

/** The calls the subject page makes first, as it makes them (use-subject-data.ts). */
export function subjectPaths(code: string, asOf: string, scenario: string | undefined): string[] {
  const at = `/v1/subjects/${encodeURIComponent(code)}`;
  return [
    `${at}/measures${query({ asOf, scenario })}`,
    `${at}/lists${query({ asOf })}`,
    `/v1/subjects${query({ q: code })}`,
    `${at}/history`,
    `${at}/relations`,
    `${at}/repair-eligibility${query({ asOf })}`,
  ];
}

/**
 * Opening the console at a subject's page: its calls start with the shell, not after the page's code has loaded
 * (the first-load budget: an interactive subject page within 2 s). A person's page waits for the purpose instead.
 */
export function prefetchOnStart(): void {
  const match = /^\/console\/subjects\/([^/]+)\/?$/.exec(location.pathname);
  const apiKey = sessionStorage.getItem('jiangcheng.apiKey');
  if (!match || !apiKey) return;
  // the page's code downloads while the shell starts, instead of after the shell's first render
  void import('./pages/subject/subject-page');
  const code = decodeURIComponent(match[1]).trim().toUpperCase();
  if (looksLikeResidentId(code)) return;
  const params = new URLSearchParams(location.search);
  for (const path of subjectPaths(code, params.get('asOf') ?? todayInShanghai(), params.get('scenario') ?? undefined)) {
    const answer = api(path, { apiKey });
    answer.catch(() => undefined); // a refusal is the page's to show, if it asks
    started.set(path, answer);
  }
}

/** The answer started for `path`, once; afterwards the page calls again. */
export function takePrefetched<T>(path: string): Promise<T> | undefined {
  const answer = started.get(path);
  started.delete(path);
  return answer as Promise<T> | undefined;
}
