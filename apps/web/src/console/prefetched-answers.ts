import { query } from '../shared/api';

const started = new Map<string, Promise<unknown>>();

/** The calls the subject page makes first, as it makes them (pages/subject/use-subject-data.ts). */
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

/** Keeps an answer started before the page asks for it. */
export function keepPrefetched(path: string, answer: Promise<unknown>): void {
  answer.catch(() => undefined); // a refusal is the page's to show, if it asks
  started.set(path, answer);
}

/** The answer started for `path`, once; afterwards the page calls again. */
export function takePrefetched<T>(path: string): Promise<T> | undefined {
  const answer = started.get(path);
  started.delete(path);
  return answer as Promise<T> | undefined;
}
