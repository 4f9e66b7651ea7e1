import type { DomainError } from '#credit';
import type { Problem, Refusal, RefusalKind } from '#kernel';

/**
 * How one item of a batch is answered: accepted, a harmless duplicate, or rejected with the kind of
 * refusal and each problem's path. No status code: only the edge (the api) decides what a kind means in HTTP.
 */
export type ItemResult =
  | {
      readonly index: number;
      readonly status: 'accepted';
      readonly eventId: string;
      readonly subject: string;
      readonly position: string;
      readonly flags?: readonly string[];
    }
  | { readonly index: number; readonly status: 'duplicate'; readonly eventId: string; readonly subject: string }
  | RejectedItem;

export interface RejectedItem extends Refusal {
  readonly index: number;
  readonly status: 'rejected';
}

export function rejected(index: number, kind: RefusalKind, code: string, title: string, problems: readonly Problem[]): RejectedItem {
  return { index, status: 'rejected', kind, code, title, problems };
}

/** An item the subject's history refuses, titled with the decider's own sentence. */
export function refusedByHistory(index: number, error: DomainError): RejectedItem {
  return rejected(index, error.kind, error.code, error.reason, [{ path: error.path, code: error.code, reason: error.reason }]);
}
