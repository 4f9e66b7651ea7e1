import type { Caller } from '#credit';
import { refusal } from '#kernel';
import { refusalException } from './problems/refusal-problem.js';

/** How a department naming another's records is refused: the problem's code and title, and the reason given for `department`. */
export interface OtherDepartmentRefusal {
  readonly code: string;
  readonly title: string;
  readonly reason: string;
}

/**
 * Whose records the caller sees: the credit office every department's (undefined) or the one it names, a department
 * its own. A department naming another is refused (403).
 */
export function departmentInScope(caller: Caller, requested: string | undefined, refused: OtherDepartmentRefusal): string | undefined {
  if (caller.department.roles.includes('credit-office')) return requested;
  if (requested !== undefined && requested !== caller.department.id) {
    throw refusalException(refusal('forbidden', refused.code, refused.title, [{ path: 'department', reason: refused.reason }]));
  }
  return caller.department.id;
}
