import { parseLocalDate } from '../time/local-date.js';
import { looksLikeResidentId, maskResidentId, residentIdCheckCharacter, validateResidentId } from './resident-id.js';

// Check characters below were computed with the GB 11643 formula and cross-checked by this implementation.
const today = parseLocalDate('2025-06-01');

describe('resident identity card number (GB 11643)', () => {
  it('accepts the standard sample and reads area, birth date and sex', () => {
    expect(validateResidentId('11010519491231002X', today)).toEqual({
      ok: true,
      id: '11010519491231002X',
      areaCode: '110105',
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });

  it('reads an odd 17th digit as male', () => {
    expect(validateResidentId('440304199003075417', today)).toMatchObject({ ok: true, sex: 'male', birthDate: '1990-03-07' });
  });

  it('accepts a lower-case x check character and normalises it', () => {
    expect(validateResidentId(' 11010519491231002x ', today)).toMatchObject({ ok: true, id: '11010519491231002X' });
  });

  it('computes the check character', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('44030419900307541')).toBe('7');
    expect(residentIdCheckCharacter('1101051949123100')).toBeUndefined();
    expect(residentIdCheckCharacter('1101051949123100A')).toBeUndefined();
  });

  it('rejects a wrong check character and names the expected one', () => {
    const result = validateResidentId('110105194912310021', today);
    expect(result).toMatchObject({ ok: false, problem: { code: 'check-character', expected: 'X', position: 18 } });
    if (!result.ok) expect(result.problem.reason).toContain('第18位应为 X，实际为 1');
  });

  it('rejects an impossible birth date even when the check character is right', () => {
    // 19990230: 30 February; the check character 5 is correct for the first 17 digits.
    expect(validateResidentId('110105199902300015', today)).toMatchObject({
      ok: false,
      problem: { code: 'birth-date', position: 7 },
    });
  });

  it('rejects a birth date after today but accepts one on today', () => {
    expect(validateResidentId('11010520300101001X', today)).toMatchObject({ ok: false, problem: { code: 'birth-date' } });
    expect(validateResidentId('110105202506020016', today)).toMatchObject({ ok: false, problem: { code: 'birth-date' } });
    expect(validateResidentId('110105202506010010', today)).toMatchObject({ ok: true, birthDate: '2025-06-01' });
  });

  it('rejects a birth date before 1900-01-01', () => {
    expect(validateResidentId('110105189912310015', today)).toMatchObject({ ok: false, problem: { code: 'birth-date' } });
    expect(validateResidentId('11010519000101001X', today)).toMatchObject({ ok: true, birthDate: '1900-01-01' });
  });

  it('rejects the 15-digit old format by length', () => {
    const result = validateResidentId('110105491231002', today);
    expect(result).toMatchObject({ ok: false, problem: { code: 'length' } });
    if (!result.ok) expect(result.problem.reason).toContain('15位旧号码');
  });

  it('allows X only in position 18', () => {
    expect(validateResidentId('1101051949123100X2', today)).toMatchObject({ ok: false, problem: { code: 'charset', position: 17 } });
    expect(validateResidentId('11010519491231002A', today)).toMatchObject({ ok: false, problem: { code: 'charset', position: 18 } });
  });

  it('masks all but the first 6 and last 4 characters', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
    expect(maskResidentId('11010519491231002x')).toBe('110105********002X');
    expect(maskResidentId('1101054912')).toBe('**********');
  });

  it('recognises a 身份证 number without knowing today', () => {
    expect(looksLikeResidentId('11010519491231002X')).toBe(true);
    expect(looksLikeResidentId('110105194912310021')).toBe(false);
    expect(looksLikeResidentId('111111111111111111')).toBe(false);
  });
});
