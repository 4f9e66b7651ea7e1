import { parseLocalDate } from '../time/local-date.js';
import { failsOnlyItsCheck, type IdentifierProblem } from './identifier-problem.js';
import { validateResidentId } from './resident-id.js';
import { validateUscc } from './uscc.js';

function problemOf(check: { ok: true } | { ok: false; problem: IdentifierProblem }): IdentifierProblem {
  if (check.ok) throw new Error('expected the code to fail');
  return check.problem;
}

describe('a code that fails only its check', () => {
  const today = parseLocalDate('2026-01-01');

  it('is one with a wrong check character or a wrong embedded organisation-code check', () => {
    expect(failsOnlyItsCheck(problemOf(validateUscc('91350203M0001QKT19')))).toBe(true);
    expect(failsOnlyItsCheck(problemOf(validateUscc('111111111111111111')))).toBe(true);
    expect(failsOnlyItsCheck(problemOf(validateResidentId('110105194912310021', today)))).toBe(true);
  });

  it('is not one of the wrong length, characters or structure', () => {
    expect(failsOnlyItsCheck(problemOf(validateUscc('9111000060003734')))).toBe(false);
    expect(failsOnlyItsCheck(problemOf(validateUscc('91110000600037341I')))).toBe(false);
    expect(failsOnlyItsCheck(problemOf(validateUscc('Z1110000600037341L')))).toBe(false);
    expect(failsOnlyItsCheck(problemOf(validateResidentId('110105199902300015', today)))).toBe(false);
  });
});
