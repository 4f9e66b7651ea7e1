import { USCC_CHARSET, validateUscc } from '#kernel';
import { validResidentId, validUscc } from '#kernel/testing';
import { dateOf, dayNumber } from './dates.js';
import { Scatter } from './prng.js';

const NEW_STYLE_SPACE = USCC_CHARSET.length ** 6;

/**
 * Organisation codes (positions 9–17 of the 统一社会信用代码), one per organisation index, never repeated:
 * 8 digits for organisations registered before the 2015 reform, MA + 6 characters after it.
 */
export class OrganisationCodes {
  private readonly digits: Scatter;
  private readonly newStyle: Scatter;

  constructor(seed: number) {
    this.digits = new Scatter(100_000_000, seed);
    this.newStyle = new Scatter(NEW_STYLE_SPACE, seed);
  }

  /**
   * A valid 统一社会信用代码: registering department and category (91 enterprise, 92 individual business,
   * 93 farmers' cooperative, 51/52/53 social organisations), area code, organisation code with its GB 11714
   * check character, and the GB 32100 check character.
   */
  uscc(index: number, registeringKind: string, areaCode: string, newStyle: boolean): string {
    if (!newStyle) {
      const code = validUscc(registeringKind, areaCode, String(this.digits.at(index)).padStart(8, '0'));
      // An all-digit code can pass as a 身份证号 by chance; the validator then calls it a person's.
      if (validateUscc(code).ok) return code;
    }
    let value = this.newStyle.at(index);
    let body = '';
    for (let i = 0; i < 6; i++) {
      body = USCC_CHARSET[value % USCC_CHARSET.length] + body;
      value = Math.floor(value / USCC_CHARSET.length);
    }
    return validUscc(registeringKind, areaCode, `MA${body}`);
  }
}

const FIRST_BIRTH_DAY = dayNumber('1950-01-01');
const LAST_BIRTH_DAY = dayNumber('2004-12-31');
const BIRTH_DAYS = LAST_BIRTH_DAY - FIRST_BIRTH_DAY + 1;
const SEQUENCES = 999;

/**
 * 身份证号 (GB 11643): birthplace, birth date 1950–2004, sequence (odd = male) and the MOD 11-2 check
 * character. Birth date and sequence come from a bijection of the person index, so no two persons share a
 * number whatever their birthplaces.
 */
export class ResidentIds {
  private readonly scatter: Scatter;

  constructor(seed: number) {
    this.scatter = new Scatter(BIRTH_DAYS * SEQUENCES, seed);
  }

  get capacity(): number {
    return this.scatter.size;
  }

  of(index: number, areaCode: string): { idNumber: string; birthDate: string; sex: 'male' | 'female' } {
    const value = this.scatter.at(index);
    const birthDate = dateOf(FIRST_BIRTH_DAY + (value % BIRTH_DAYS));
    const sequence = 1 + Math.floor(value / BIRTH_DAYS);
    return { idNumber: validResidentId(areaCode, birthDate, sequence), birthDate, sex: sequence % 2 === 1 ? 'male' : 'female' };
  }
}
