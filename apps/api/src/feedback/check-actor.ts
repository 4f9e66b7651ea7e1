import type { Caller } from '#credit';
import type { CheckActor } from '#ingestion';

/** The calling key and its department, as a check's events name them. */
export const actorOf = (caller: Caller): CheckActor => ({ actor: `api-key:${caller.keyId}`, department: caller.department.id });
