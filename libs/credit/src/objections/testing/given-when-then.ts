import { decideObjection, type ObjectionCommand, type ObjectionDecision } from '../decide-objection.js';
import type { ObjectionError } from '../objection-error.js';
import type { ObjectionEvent } from '../objection-events.js';
import { foldObjection, type ObjectionState } from '../objection-state.js';

/** Decider specs for an objection case: `given(...events).when(command).thenRecords(...)`. */
export interface When {
  readonly decision: ObjectionDecision;
  thenRecords(...events: ObjectionEvent[]): void;
  thenRejects(code: ObjectionError['code'], field?: string): ObjectionError;
}

export function given(...events: ObjectionEvent[]): { state: ObjectionState; when(command: ObjectionCommand): When } {
  const state = foldObjection(events);
  return {
    state,
    when(command) {
      const decision = decideObjection(command, state);
      return {
        decision,
        thenRecords(...expected) {
          expect(decision).toEqual({ outcome: 'record', events: expected });
        },
        thenRejects(code, field) {
          expect(decision).toMatchObject({ outcome: 'rejected', error: { code, ...(field === undefined ? {} : { path: field }) } });
          return (decision as Extract<ObjectionDecision, { outcome: 'rejected' }>).error;
        },
      };
    },
  };
}
