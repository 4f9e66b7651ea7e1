import { maskResidentIds, maskResidentIdsDeep, residentIdsIn } from './mask-resident-ids.js';

describe('masking 身份证号 in free text', () => {
  it('masks a valid number inside Chinese text, first 6 and last 4 visible', () => {
    expect(maskResidentIds('违规（责任人身份证110105198506125011）')).toBe('违规（责任人身份证110105********5011）');
  });

  it('masks numbers a person typed badly: wrong check digit, spaces, full-width digits, the old 15-digit form, lower-case x', () => {
    expect(maskResidentIds('身份证号110105198506125012，')).toBe('身份证号110105********5012，');
    expect(maskResidentIds('身份证号 110105 19850612 5011 的')).toBe('身份证号 110105********5011 的');
    expect(maskResidentIds('身份证号１１０１０５１９８５０６１２５０１１。')).toBe('身份证号110105********5011。');
    expect(maskResidentIds('旧证号110105850612123，')).toBe('旧证号110105*****2123，');
    expect(maskResidentIds('11010519491231002x')).toBe('110105********002X');
    expect(maskResidentIds('身份证　１１０１０５　１９８５０６１２　５０１１')).toBe('身份证　110105********5011');
  });

  it('finds a number after another number in the same run, and several numbers in one text', () => {
    expect(maskResidentIds('电话 13800138000 110105 19850612 5011')).toBe('电话 13800138000 110105********5011');
    expect(maskResidentIds('张三110105198506125011、李四11010519491231002X')).toBe('张三110105********5011、李四110105********002X');
  });

  it('masks numbers in URLs and JSON log lines, also after an escaped newline', () => {
    expect(maskResidentIds('GET /v1/subjects/110114198301183003/measures?purpose=x')).toBe(
      'GET /v1/subjects/110114********3003/measures?purpose=x',
    );
    expect(maskResidentIds('{"msg":"line\\n110114198301183003 failed"}')).toBe('{"msg":"line\\n110114********3003 failed"}');
  });

  it('leaves 文号, amounts, dates, phone numbers and 统一社会信用代码 alone', () => {
    const texts = [
      '京市监罚〔2026〕0105号，罚款人民币1200000.00元',
      '（2026）京0105执77号，依据（2025）京0105民初77号民事判决',
      '决定日期2026-05-10，公示期限2029-05-09',
      '联系电话13800138000，座机010-12345678',
      '当事人统一社会信用代码911101057000777703',
      '当事人统一社会信用代码91110105700050009X',
      '银行账号6222020200112233445，订单号 20260510123456789012',
      '/v1/public/subjects/911101057000777703?after=1234-1234',
    ];
    for (const text of texts) expect(maskResidentIds(text)).toBe(text);
  });

  it('keeps the numbers it is told to keep', () => {
    expect(maskResidentIds('110105198506125011 与 11010519491231002X', new Set(['11010519491231002X']))).toBe(
      '110105********5011 与 11010519491231002X',
    );
  });

  it('masks every string inside a value and lists the valid numbers inside one', () => {
    const value = { person: { idNumber: '11010519491231002X', name: '张三' }, notes: ['见 110105198506125011', 42], ok: true };
    expect(maskResidentIdsDeep(value)).toEqual({
      person: { idNumber: '110105********002X', name: '张三' },
      notes: ['见 110105********5011', 42],
      ok: true,
    });
    expect(residentIdsIn({ ...value, typo: '110105198506125012' }).sort()).toEqual(['11010519491231002X', '110105198506125011']);
  });
});
