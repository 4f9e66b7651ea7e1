import { addDecimals, compareDecimals, formatDecimal, multiplyDecimals, parseDecimal } from './decimal.js';
import { meets, threshold } from './threshold.js';

const d = parseDecimal;

describe('exact decimals', () => {
  it('compare across scales without floats', () => {
    expect(compareDecimals(d('999999.99'), d('1000000'))).toBe(-1);
    expect(compareDecimals(d('1000000.00'), d('1000000'))).toBe(0);
    expect(compareDecimals(d('0.30'), addDecimals(d('0.1'), d('0.2')))).toBe(0);
  });

  it('multiply for ratios: 10% of 9,000,000.00 is 900,000', () => {
    expect(formatDecimal(multiplyDecimals(d('9000000.00'), d('0.1')))).toBe('900000.000');
    expect(compareDecimals(d('899999.99'), multiplyDecimals(d('9000000.00'), d('0.1')))).toBe(-1);
  });

  it('refuse anything that is not a decimal', () => {
    for (const bad of ['1e6', '1,000', '', '0x10', '1.']) expect(() => d(bad)).toThrow(RangeError);
  });
});

describe('threshold words', () => {
  it('以上 and 以下 include the number; 超过 and 不满 do not', () => {
    const at = d('1000000');
    expect([meets(d('999999.99'), threshold('以上', '1000000')), meets(at, threshold('以上', '1000000'))]).toEqual([false, true]);
    expect([meets(at, threshold('以下', '1000000')), meets(d('1000000.01'), threshold('以下', '1000000'))]).toEqual([true, false]);
    expect([meets(at, threshold('超过', '1000000')), meets(d('1000000.01'), threshold('超过', '1000000'))]).toEqual([false, true]);
    expect([meets(at, threshold('不满', '1000000')), meets(d('999999.99'), threshold('不满', '1000000'))]).toEqual([false, true]);
  });

  it('counts people and months the same way: 10名以上 includes 10, not 9', () => {
    expect([meets(d('9'), threshold('以上', '10')), meets(d('10'), threshold('以上', '10'))]).toEqual([false, true]);
  });
});
