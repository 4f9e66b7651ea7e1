import { checkCharacterProblem, type IdentifierProblem } from './identifier-problem.js';

/** 组织机构代码 (GB 11714-1997): eight body characters followed by one check character. */

const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const BODY_LENGTH = WEIGHTS.length;
const CODE_LENGTH = BODY_LENGTH + 1;
const BODY_CHARACTER = /^[0-9A-Z]$/;

export type OrganizationCodeProblem = IdentifierProblem<'length' | 'charset' | 'check-character'>;

export type OrganizationCodeResult = { ok: true; code: string } | { ok: false; problem: OrganizationCodeProblem };

/** The check character for an 8-character body, or undefined if the body is not 8 digits / upper-case letters. */
export function organizationCodeCheckCharacter(body8: string): string | undefined {
  if (body8.length !== BODY_LENGTH) return undefined;
  let sum = 0;
  for (let index = 0; index < BODY_LENGTH; index++) {
    const character = body8[index];
    if (!BODY_CHARACTER.test(character)) return undefined;
    // Base 36 gives exactly the GB 11714 values: '0'–'9' → 0–9, 'A'–'Z' → 10–35.
    sum += parseInt(character, 36) * WEIGHTS[index];
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

export function validateOrganizationCode(code9: string): OrganizationCodeResult {
  const code = code9.trim().toUpperCase();
  if (code.length !== CODE_LENGTH) {
    return failure({
      code: 'length',
      reason: `长度错误：组织机构代码应为9位（不含连字符），实际为${code.length}位 (length should be 9 without hyphen, got ${code.length})`,
    });
  }
  const badIndex = [...code.slice(0, BODY_LENGTH)].findIndex((character) => !BODY_CHARACTER.test(character));
  if (badIndex >= 0) {
    const position = badIndex + 1;
    return failure({
      code: 'charset',
      position,
      reason: `字符错误：第${position}位 ${code[badIndex]} 不是组织机构代码可用字符（仅数字和大写字母）(character '${code[badIndex]}' at position ${position} is not a digit or upper-case letter)`,
    });
  }
  const expected = organizationCodeCheckCharacter(code.slice(0, BODY_LENGTH));
  const actual = code[BODY_LENGTH];
  if (expected !== actual) {
    return failure(checkCharacterProblem(CODE_LENGTH, expected, actual));
  }
  return { ok: true, code };
}

function failure(problem: Omit<OrganizationCodeProblem, 'path'>): OrganizationCodeResult {
  return { ok: false, problem: { path: '', ...problem } };
}
