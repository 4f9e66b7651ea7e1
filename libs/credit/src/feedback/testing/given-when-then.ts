import { decideCheck, type CheckCommand, type CheckDecision } from '../decide-check.js';
import type { CheckEvent } from '../check-events.js';
import { foldCheck } from '../check-state.js';

/** Decider specs for a check's stream: `given(...events).when(command).thenRecords(...)` or `.thenRejects(kind, code, paths)`. */
export interface When {
  readonly decision: CheckDecision;
  thenRecords(...events: CheckEvent[]): void;
  /** The refusal's kind and code, and the path of each problem in order; returns the reasons. */
  thenRejects(kind: string, code: string, paths: string[]): string[];
}

export function given(...events: CheckEvent[]): { when(command: CheckCommand): When } {
  const state = foldCheck(events);
  return {
    when(command) {
      const decision = decideCheck(command, state);
      return {
        decision,
        thenRecords(...expected) {
          expect(decision).toEqual({ outcome: 'record', events: expected });
        },
        thenRejects(kind, code, paths) {
          expect(decision.outcome).toBe('rejected');
          const { refusal } = decision as Extract<CheckDecision, { outcome: 'rejected' }>;
          expect({ kind: refusal.kind, code: refusal.code, paths: refusal.problems.map((p) => p.path) }).toEqual({ kind, code, paths });
          return refusal.problems.map((p) => p.reason);
        },
      };
    },
  };
}
