import type { Caller, DepartmentCommand } from '#credit';
import type { EventStore } from '#event-store';
import { executeDepartmentCommand, type DepartmentActor, type DepartmentCommandResult } from '#ingestion';

/** Runs a departments command in the name of the calling key, which the events on the departments stream then name. */
export function executeForCaller(store: EventStore, command: DepartmentCommand, caller: Caller): Promise<DepartmentCommandResult> {
  const by: DepartmentActor = { actor: `api-key:${caller.keyId}`, department: caller.department.id };
  return executeDepartmentCommand(store, command, by);
}
