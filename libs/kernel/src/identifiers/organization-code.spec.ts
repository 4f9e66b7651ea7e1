import { organizationCodeCheckCharacter, validateOrganizationCode } from './organization-code.js';

describe('organisation code (GB 11714)', () => {
  it('computes the check character, valuing letters A=10…Z=35', () => {
    expect(organizationCodeCheckCharacter('60003734')).toBe('1');
    expect(organizationCodeCheckCharacter('M000100Y')).toBe('4');
  });

  it('writes check value 10 as X and 11 as 0', () => {
    expect(organizationCodeCheckCharacter('00000006')).toBe('X');
    expect(organizationCodeCheckCharacter('00000000')).toBe('0');
  });

  it('has no check character for a body of the wrong length or with other characters', () => {
    expect(organizationCodeCheckCharacter('6000373')).toBeUndefined();
    expect(organizationCodeCheckCharacter('6000373-')).toBeUndefined();
    expect(organizationCodeCheckCharacter('m000100y')).toBeUndefined();
  });

  it('accepts valid codes after trimming and upper-casing', () => {
    expect(validateOrganizationCode('600037341')).toEqual({ ok: true, code: '600037341' });
    expect(validateOrganizationCode(' m000100y4 ')).toEqual({ ok: true, code: 'M000100Y4' });
    expect(validateOrganizationCode('00000006x')).toEqual({ ok: true, code: '00000006X' });
  });

  it('rejects a wrong check character and names the expected one', () => {
    const result = validateOrganizationCode('600037342');
    expect(result).toMatchObject({ ok: false, problem: { code: 'check-character', expected: '1', position: 9 } });
    if (!result.ok) expect(result.problem.reason).toContain('第9位应为 1，实际为 2');
  });

  it('rejects the hyphenated form by length rather than guessing', () => {
    expect(validateOrganizationCode('60003734-1')).toMatchObject({ ok: false, problem: { code: 'length' } });
  });

  it('rejects a body character that is neither digit nor letter, with its position', () => {
    expect(validateOrganizationCode('60003#341')).toMatchObject({ ok: false, problem: { code: 'charset', position: 6 } });
  });
});
