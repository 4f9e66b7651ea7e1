import { checkCharacterProblem, type IdentifierProblem } from './identifier-problem.js';
import { compareLocalDates, isValidLocalDate, type LocalDate } from '../time/local-date.js';

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit area code, 8-digit birth date YYYYMMDD, 3-digit sequence
 * (odd last digit = male) and an ISO 7064 MOD 11-2 check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const LENGTH = 18;
const BIRTH_DATE_POSITION = 7;
const EARLIEST_BIRTH_DATE = '1900-01-01' as LocalDate;
const MASK_VISIBLE_HEAD = 6;
const MASK_VISIBLE_TAIL = 4;

export type ResidentIdProblem = IdentifierProblem<'length' | 'charset' | 'birth-date' | 'check-character'>;

export type ResidentIdResult =
  { ok: true; id: string; areaCode: string; birthDate: LocalDate; sex: 'male' | 'female' } | { ok: false; problem: ResidentIdProblem };

/** The check character for the first 17 digits, or undefined if they are not 17 digits. */
export function residentIdCheckCharacter(first17: string): string | undefined {
  if (!/^\d{17}$/.test(first17)) return undefined;
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

export function validateResidentId(id: string, today: LocalDate): ResidentIdResult {
  const normalized = normalize(id);
  if (normalized.length !== LENGTH) {
    const oldFormatHint = normalized.length === 15 ? '；15位旧号码不受理，请使用18位号码' : '';
    return failure({
      code: 'length',
      reason: `长度错误：居民身份证号码应为18位，实际为${normalized.length}位${oldFormatHint} (length should be 18, got ${normalized.length})`,
    });
  }

  const badIndex = [...normalized].findIndex((character, index) => !isAllowedAt(character, index));
  if (badIndex >= 0) {
    const position = badIndex + 1;
    const character = normalized[badIndex];
    return failure({
      code: 'charset',
      position,
      reason: `字符错误：第${position}位 ${character} 不允许（前17位为数字，第18位为数字或 X）(character '${character}' at position ${position} is not allowed)`,
    });
  }

  const birthDigits = normalized.slice(6, 14);
  const birthDate = birthDateFromDigits(birthDigits);
  if (birthDate === undefined) {
    return failure({
      code: 'birth-date',
      position: BIRTH_DATE_POSITION,
      reason: `出生日期错误：第7–14位 ${birthDigits} 不是1900-01-01以来的真实日期 (birth date ${birthDigits} is not a real date on or after 1900-01-01)`,
    });
  }
  if (compareLocalDates(birthDate, today) > 0) {
    return failure({
      code: 'birth-date',
      position: BIRTH_DATE_POSITION,
      reason: `出生日期错误：${birthDate} 晚于今天 ${today} (birth date ${birthDate} is after today ${today})`,
    });
  }

  const expected = residentIdCheckCharacter(normalized.slice(0, 17));
  const actual = normalized[17];
  if (expected !== actual) {
    return failure(checkCharacterProblem(LENGTH, expected, actual));
  }

  return {
    ok: true,
    id: normalized,
    areaCode: normalized.slice(0, 6),
    birthDate,
    sex: Number(normalized[16]) % 2 === 1 ? 'male' : 'female',
  };
}

/**
 * Whether the text has the shape, a plausible birth date and the check character of a 身份证 number.
 * Needs no `today`, so a future birth date still counts: this is for catching a person's number
 * entered where an organisation's code belongs, not for accepting it.
 */
export function looksLikeResidentId(text: string): boolean {
  const normalized = normalize(text);
  return (
    /^\d{17}[\dX]$/.test(normalized) &&
    birthDateFromDigits(normalized.slice(6, 14)) !== undefined &&
    residentIdCheckCharacter(normalized.slice(0, 17)) === normalized[17]
  );
}

/** First 6 and last 4 characters visible, the rest '*'. Inputs too short to hide anything are fully masked. */
export function maskResidentId(id: string): string {
  const normalized = normalize(id);
  if (normalized.length <= MASK_VISIBLE_HEAD + MASK_VISIBLE_TAIL) return '*'.repeat(normalized.length);
  const hiddenLength = normalized.length - MASK_VISIBLE_HEAD - MASK_VISIBLE_TAIL;
  return normalized.slice(0, MASK_VISIBLE_HEAD) + '*'.repeat(hiddenLength) + normalized.slice(-MASK_VISIBLE_TAIL);
}

function normalize(id: string): string {
  return id.trim().toUpperCase();
}

function isAllowedAt(character: string, index: number): boolean {
  return index === LENGTH - 1 ? /^[\dX]$/.test(character) : /^\d$/.test(character);
}

function birthDateFromDigits(yyyymmdd: string): LocalDate | undefined {
  const text = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  if (!isValidLocalDate(text) || compareLocalDates(text, EARLIEST_BIRTH_DATE) < 0) return undefined;
  return text;
}

function failure(problem: Omit<ResidentIdProblem, 'path'>): ResidentIdResult {
  return { ok: false, problem: { path: '', ...problem } };
}
