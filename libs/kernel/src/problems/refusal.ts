import type { Problem } from './problem.js';

/**
 * What kind of refusal a command meets, in the domain's terms. Libraries say the kind; only the edge
 * (the api) says which status code a kind is answered with.
 */
export type RefusalKind =
  /** It is not a well-formed request: not JSON, not an object, a parameter that cannot be read. */
  | 'malformed'
  /** It is well-formed, but breaks a rule: the catalogue, a field, a reference to something ended. */
  | 'invalid'
  /** The caller may not do this (outside the department's competence). */
  | 'forbidden'
  /** It names something that does not exist. */
  | 'not-found'
  /** It contradicts what is already recorded. */
  | 'conflict';

/** A refused command: its kind, a stable code, a title for people and the problems, each naming its path. */
export interface Refusal {
  readonly kind: RefusalKind;
  readonly code: string;
  readonly title: string;
  readonly problems: readonly Problem[];
}

export function refusal(kind: RefusalKind, code: string, title: string, problems: readonly Problem[]): Refusal {
  return { kind, code, title, problems };
}
