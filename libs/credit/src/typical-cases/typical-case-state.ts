import { TYPICAL_CASE_SUBMITTED, TYPICAL_CASE_WITHDRAWN, type TypicalCaseEvent } from './typical-case-events.js';

/** What the decider needs of a case: whose it is and whether it still stands. Undefined: never submitted. */
export interface TypicalCaseState {
  readonly caseId: string;
  readonly department: string;
  readonly withdrawn?: { readonly on: string; readonly reason: string };
}

export function evolveTypicalCase(state: TypicalCaseState | undefined, event: TypicalCaseEvent): TypicalCaseState | undefined {
  switch (event.type) {
    case TYPICAL_CASE_SUBMITTED:
      return { caseId: event.data.caseId, department: event.data.department };
    case TYPICAL_CASE_WITHDRAWN:
      return state && { ...state, withdrawn: { on: event.data.withdrawnOn, reason: event.data.reason } };
  }
}

export const foldTypicalCase = (events: readonly TypicalCaseEvent[]): TypicalCaseState | undefined =>
  events.reduce<TypicalCaseState | undefined>(evolveTypicalCase, undefined);
