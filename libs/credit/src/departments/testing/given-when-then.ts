import { randomUUID } from 'node:crypto';
import { decideDepartments, type DepartmentCommand, type DepartmentDecision } from '../decide-departments.js';
import type { DepartmentError } from '../department-error.js';
import type { DepartmentEvent } from '../department-events.js';
import type { DepartmentsState } from '../departments-state.js';
import { foldDepartmentEvents, type StoredDepartmentEvent } from '../evolve-departments.js';

/** Decider specs for the departments directory: `given(...events).when(command).thenRecords(...)`. */

export const AT = '2026-11-25T02:00:00.000Z';

/** An API key record for a key id, with a made-up hash. */
export const keyRecord = (id: string, revokedAt?: string) => ({
  id,
  sha256: id.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a'),
  createdAt: AT,
  ...(revokedAt ? { revokedAt } : {}),
});

/** An event as the departments stream would hold it at `revision` (well-formed or not). */
export function storedEvent(event: { type: string; data: unknown }, revision: number): StoredDepartmentEvent {
  return { id: randomUUID(), revision, type: event.type, data: event.data };
}

export interface When {
  readonly decision: DepartmentDecision;
  thenRecords(...events: DepartmentEvent[]): void;
  thenRecordsNothing(): void;
  thenRejects(code: DepartmentError['code'], field?: string): DepartmentError;
}

export function given(...events: { type: string; data: unknown }[]): { state: DepartmentsState; when(command: DepartmentCommand): When } {
  const { state, skipped } = foldDepartmentEvents(events.map(storedEvent));
  if (skipped.length) throw new Error(`given events do not apply: ${skipped.map((s) => s.problem).join('; ')}`);
  return {
    state,
    when(command) {
      const decision = decideDepartments(command, state);
      return {
        decision,
        thenRecords(...expected) {
          expect(decision).toEqual({ outcome: 'record', events: expected });
        },
        thenRecordsNothing() {
          expect(decision).toEqual({ outcome: 'record', events: [] });
        },
        thenRejects(code, field) {
          expect(decision).toMatchObject({ outcome: 'rejected', error: { code, ...(field === undefined ? {} : { path: field }) } });
          return (decision as Extract<DepartmentDecision, { outcome: 'rejected' }>).error;
        },
      };
    },
  };
}
