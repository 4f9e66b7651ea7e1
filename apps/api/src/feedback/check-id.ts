import { refusal } from '#kernel';
import { refusalException } from '../shared/problems/refusal-problem.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A check or feedback id from the path: ids are UUIDs, so anything else names nothing (404 naming the parameter). */
export function checkedId(value: string, path: 'checkId' | 'feedbackId'): string {
  if (UUID.test(value)) return value.toLowerCase();
  throw refusalException(
    refusal('not-found', path === 'checkId' ? 'unknown-check' : 'unknown-feedback', 'No such resource', [
      { path, reason: `is not an id this service gives (a UUID)` },
    ]),
  );
}
