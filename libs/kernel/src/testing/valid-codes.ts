import { organizationCodeCheckCharacter, residentIdCheckCharacter, usccCheckCharacter } from '../identifiers/index.js';

/**
 * A 统一社会信用代码 whose two check characters are right: `prefix` is positions 1–2 (registering department
 * and category, e.g. 91 for an enterprise), `areaCode` positions 3–8, `body` the 8 characters of the
 * organisation code before its GB 11714 check character.
 */
export function validUscc(prefix: string, areaCode: string, body: string): string {
  const organisationCheck = organizationCodeCheckCharacter(body);
  if (organisationCheck === undefined) throw new Error(`${body} is not an 8-character organisation code body`);
  const first17 = `${prefix}${areaCode}${body}${organisationCheck}`;
  const check = usccCheckCharacter(first17);
  if (check === undefined) throw new Error(`${first17} is not the first 17 characters of a 统一社会信用代码`);
  return `${first17}${check}`;
}

/**
 * A 身份证号 whose MOD 11-2 check character is right: birthplace `areaCode` (6 digits), `birthDate` as
 * YYYYMMDD or YYYY-MM-DD, and the sequence number (odd for a man, even for a woman).
 */
export function validResidentId(areaCode: string, birthDate: string, sequence: number): string {
  const first17 = `${areaCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  const check = residentIdCheckCharacter(first17);
  if (check === undefined) throw new Error(`${first17} is not the first 17 digits of a 身份证号`);
  return `${first17}${check}`;
}
