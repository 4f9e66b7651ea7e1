import { parseLocalDate } from '../time/local-date.js';
import { validateResidentId, validateUscc } from '../identifiers/index.js';
import { validResidentId, validUscc } from './valid-codes.js';

describe('valid-code generators for tests and the bench', () => {
  it('make a 统一社会信用代码 that passes both checks', () => {
    expect(validUscc('91', '110000', '60003734')).toBe('91110000600037341L');
    expect(validateUscc(validUscc('51', '110105', 'MA0001QK'))).toMatchObject({ ok: true, kind: 'other-organization' });
  });

  it('make a 身份证号 that passes its check', () => {
    const id = validResidentId('110105', '1949-12-31', 2);
    expect(id).toBe('11010519491231002X');
    expect(validateResidentId(id, parseLocalDate('2026-01-01'))).toMatchObject({ ok: true });
  });

  it('refuse input no valid code can be made from', () => {
    expect(() => validUscc('91', '110000', '6000373')).toThrow('organisation code body');
    expect(() => validResidentId('11010A', '19491231', 2)).toThrow('身份证号');
  });
});
