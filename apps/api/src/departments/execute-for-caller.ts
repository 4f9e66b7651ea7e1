import type { Caller, DepartmentCommand, DepartmentDirectory } from '#credit';
import type { EventStore } from '#event-store';
import { executeDepartmentCommand, type DepartmentActor, type DepartmentCommandResult } from '#ingestion';

/** The running api's directory, when it follows the departments stream (FollowedDepartmentDirectory). */
type FollowingDirectory = DepartmentDirectory & { catchUp?: () => Promise<unknown> };

/**
 * Runs a departments command in the name of the calling key, which the events on the departments stream then name.
 * This api's directory reads the change at once, so the next request already sees it (other apis within a poll).
 */
export async function executeForCaller(
  store: EventStore,
  directory: FollowingDirectory,
  command: DepartmentCommand,
  caller: Caller,
): Promise<DepartmentCommandResult> {
  const by: DepartmentActor = { actor: `api-key:${caller.keyId}`, department: caller.department.id };
  const result = await executeDepartmentCommand(store, command, by);
  if (result.ok && result.events.length > 0) await directory.catchUp?.();
  return result;
}
