/** A department id: what the CLI records, the events carry and the api accepts are checked by this one rule. */
const DEPARTMENT_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

export const DEPARTMENT_ID_RULE = '2–63 characters: lower-case letters a-z, digits and -, not starting with -';

/** Why `id` is not a department id, or undefined when it is one. */
export function departmentIdProblem(id: unknown): string | undefined {
  if (typeof id !== 'string' || id === '') return `a department id is required (${DEPARTMENT_ID_RULE})`;
  return DEPARTMENT_ID.test(id) ? undefined : `"${id}" is not a department id (${DEPARTMENT_ID_RULE})`;
}

/** An API key id: the 8 characters between `jc_` and the secret. */
export const API_KEY_ID = /^[a-z0-9]{8}$/;
