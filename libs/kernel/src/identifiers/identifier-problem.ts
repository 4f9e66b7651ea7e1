import type { Problem } from '../problems/problem.js';

/**
 * A problem with an identifier as a whole (its path is empty: the caller knows which field held it),
 * with the position and the expected character where the check knows them.
 */
export interface IdentifierProblem<Code extends string = string> extends Problem {
  readonly code: Code;
  readonly expected?: string;
  readonly position?: number;
}

/** Every check-digit algorithm reports its failure the same way: where, what was expected, what came. */
export function checkCharacterProblem(
  position: number,
  expected: string | undefined,
  actual: string | undefined,
): IdentifierProblem<'check-character'> {
  return {
    path: '',
    code: 'check-character',
    position,
    expected,
    reason: `校验码错误：第${position}位应为 ${expected}，实际为 ${actual} (check character should be ${expected})`,
  };
}

/**
 * A code whose only fault is a check character (its own or its embedded organisation code's) may be a genuine
 * pre-2016 code: one the department vouches for may be accepted, flagged.
 */
export function failsOnlyItsCheck(problem: IdentifierProblem): boolean {
  return problem.code === 'check-character' || problem.code === 'organization-code-check';
}
