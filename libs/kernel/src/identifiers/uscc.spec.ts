import { parseLocalDate } from '../time/local-date.js';
import { organizationCodeCheckCharacter } from './organization-code.js';
import { validateResidentId } from './resident-id.js';
import { USCC_REGISTERING_DEPARTMENTS, usccCheckCharacter, validateUscc } from './uscc.js';

// Every hard-coded code below was verified by computing both check characters with a standalone script.

describe('unified social credit code (GB 32100)', () => {
  it('accepts a real enterprise code and reads its parts', () => {
    expect(validateUscc('91110000600037341L')).toEqual({
      ok: true,
      code: '91110000600037341L',
      registeringDepartment: { code: '9', name: '工商' },
      category: { code: '1', name: '企业' },
      kind: 'enterprise',
      areaCode: '110000',
      organizationCode: '600037341',
    });
  });

  it('accepts a real code whose organisation code contains letters', () => {
    expect(validateUscc('91350100M000100Y43')).toMatchObject({
      ok: true,
      areaCode: '350100',
      organizationCode: 'M000100Y4',
    });
  });

  it('trims and upper-cases the input', () => {
    expect(validateUscc(' 91110000600037341l ')).toMatchObject({ ok: true, code: '91110000600037341L' });
  });

  it('rejects 91350203M0001QKT19: organisation code check passes, position-18 check fails', () => {
    expect(organizationCodeCheckCharacter('M0001QKT')).toBe('1');
    const result = validateUscc('91350203M0001QKT19');
    expect(result).toMatchObject({ ok: false, problem: { code: 'check-character', expected: 'F', position: 18 } });
    if (!result.ok) expect(result.problem.reason).toBe('校验码错误：第18位应为 F，实际为 9 (check character should be F)');
  });

  it('writes check value 0 as the character 0', () => {
    // Found by counting the organisation-code body of 91110000600037341L up from 60003734, recomputing the
    // GB 11714 check (position 17) and the position-18 check each time; 60003743 is the first whose
    // position-18 check is 0, and its GB 11714 check happens to be X.
    expect(usccCheckCharacter('9111000060003743X')).toBe('0');
    expect(validateUscc('9111000060003743X0')).toMatchObject({ ok: true, organizationCode: '60003743X' });
  });

  it('rejects 111111111111111111, which a format regex accepts, by the organisation code check', () => {
    expect(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test('111111111111111111')).toBe(true);
    const result = validateUscc('111111111111111111');
    expect(result).toMatchObject({ ok: false, problem: { code: 'organization-code-check', expected: '7', position: 17 } });
    if (!result.ok) expect(result.problem.reason).toContain('第17位应为 7，实际为 1');
  });

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects the excluded letter %s and does not read it as a look-alike', (letter) => {
    const code = `91110000${letter}00037341L`;
    expect(validateUscc(code)).toMatchObject({ ok: false, problem: { code: 'charset', position: 9 } });
  });

  it('rejects a wrong length', () => {
    expect(validateUscc('91110000600037341')).toMatchObject({ ok: false, problem: { code: 'length' } });
  });

  it('rejects an unknown registering department', () => {
    expect(validateUscc('B1110000600037341L')).toMatchObject({ ok: false, problem: { code: 'registering-department', position: 1 } });
    expect(validateUscc('01110000600037341L')).toMatchObject({ ok: false, problem: { code: 'registering-department' } });
  });

  it('rejects a category that its registering department does not define', () => {
    expect(validateUscc('94110000600037341L')).toMatchObject({ ok: false, problem: { code: 'category', position: 2 } });
    expect(validateUscc('99110000600037341L')).toMatchObject({ ok: false, problem: { code: 'category' } });
    expect(validateUscc('Y2110000600037341L')).toMatchObject({ ok: false, problem: { code: 'category' } });
  });

  it('rejects an area code that is not 6 digits or is 000000', () => {
    expect(validateUscc('91000000600037341L')).toMatchObject({ ok: false, problem: { code: 'area-code', position: 3 } });
    expect(validateUscc('9111000A600037341L')).toMatchObject({ ok: false, problem: { code: 'area-code' } });
  });

  it('derives the subject kind from department and category', () => {
    expect(validateUscc('92350100M000100Y40')).toMatchObject({ ok: true, kind: 'individual-business', category: { name: '个体工商户' } });
    expect(validateUscc('93350100M000100Y4W')).toMatchObject({ ok: true, kind: 'enterprise', category: { name: '农民专业合作社' } });
    expect(validateUscc('51110000600037341Q')).toMatchObject({ ok: true, kind: 'other-organization', category: { name: '社会团体' } });
    expect(validateUscc('Y1110000600037341Y')).toMatchObject({ ok: true, kind: 'other-organization' });
  });

  it('accepts every department and category in the table', () => {
    for (const [department, { categories }] of Object.entries(USCC_REGISTERING_DEPARTMENTS)) {
      for (const category of Object.keys(categories)) {
        const first17 = `${department}${category}110000600037341`;
        const result = validateUscc(`${first17}${usccCheckCharacter(first17)}`);
        expect(result).toMatchObject({ ok: true, category: { code: category, name: categories[category] } });
      }
    }
  });

  it('rejects a 身份证 number that also passes every USCC check', () => {
    // Found by scanning area 110105, birth dates from 1980-01-01 and sequences 001–999 for a valid 身份证
    // whose digits also pass the USCC department/category (1 机构编制 / 1 机关), GB 11714 and position-18 checks.
    const id = '110105198001013014';
    expect(validateResidentId(id, parseLocalDate('2025-06-01'))).toMatchObject({ ok: true, birthDate: '1980-01-01' });
    expect(organizationCodeCheckCharacter('80010130')).toBe('1');
    expect(usccCheckCharacter('11010519800101301')).toBe('4');

    const result = validateUscc(id);
    expect(result).toMatchObject({ ok: false, problem: { code: 'looks-like-resident-id' } });
    if (!result.ok) expect(result.problem.reason).toContain('自然人');
  });

  it('reports a 身份证 number as such even when it fails the USCC checks', () => {
    expect(validateUscc('11010519491231002X')).toMatchObject({ ok: false, problem: { code: 'looks-like-resident-id' } });
  });

  it('has no check character for a body of the wrong length or outside the charset', () => {
    expect(usccCheckCharacter('9111000060003734')).toBeUndefined();
    expect(usccCheckCharacter('9111000060003734O')).toBeUndefined();
  });
});
