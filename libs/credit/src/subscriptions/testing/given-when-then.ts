import {
  decideSubscription,
  type SubscriptionCaller,
  type SubscriptionCommand,
  type SubscriptionDecision,
} from '../decide-subscription.js';
import type { SubscriptionError } from '../subscription-error.js';
import type { SubscriptionEvent } from '../subscription-events.js';
import { foldSubscription, type SubscriptionState } from '../subscription-state.js';

/** Decider specs for a subscription stream: `given(...events).when(command, caller).thenRecords(...)`. */

export const AT = '2026-05-01T08:00:00.000Z';
export const OWNER: SubscriptionCaller = { department: 'dept-a', creditOffice: false };

export interface When {
  readonly decision: SubscriptionDecision;
  thenRecords(...events: SubscriptionEvent[]): void;
  thenRecordsNothing(): void;
  thenRejects(code: SubscriptionError['code'], field?: string): SubscriptionError;
}

export function given(...events: SubscriptionEvent[]): {
  state: SubscriptionState;
  when(command: SubscriptionCommand, caller?: SubscriptionCaller): When;
} {
  const state = foldSubscription(events);
  return {
    state,
    when(command, caller = OWNER) {
      const decision = decideSubscription(command, state, caller, AT);
      return {
        decision,
        thenRecords(...expected) {
          expect(decision).toEqual({ outcome: 'record', events: expected });
        },
        thenRecordsNothing() {
          expect(decision).toEqual({ outcome: 'record', events: [] });
        },
        thenRejects(code, field) {
          expect(decision).toMatchObject({ outcome: 'rejected', error: { code } });
          const error = (decision as Extract<SubscriptionDecision, { outcome: 'rejected' }>).error;
          if (field !== undefined) expect(error.problems.map((p) => p.path)).toContain(field);
          return error;
        },
      };
    },
  };
}
