import { createHash } from 'node:crypto';

/**
 * The event id of a department's record: the same (department, source record id) always gives the
 * same id, so the event store itself refuses to write a retried record twice, even across subjects.
 */
export function factEventId(department: string, sourceRecordId: string): string {
  return nameBasedUuid(`jiangcheng.fact\u0000${department}\u0000${sourceRecordId}`);
}

/** The id of an event a fact causes (a listing decision): the same fact always causes the same id. */
export function derivedEventId(causeEventId: string, what: string): string {
  return nameBasedUuid(`jiangcheng.derived\u0000${causeEventId}\u0000${what}`);
}

function nameBasedUuid(name: string): string {
  const hash = createHash('sha256').update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x80; // version 8: a name-based UUID of our own scheme
  hash[8] = (hash[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
