/** Amounts as the catalogue wants them: exact decimal strings, never floats. Inputs are whole 分 (cents). */

/** 元 with two decimals: 2000000 分 → "20000.00". */
export function yuan(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** 万元 with no trailing zeros: 5200000 分 (52000 元) → "5.2". */
export function wanYuan(cents: number): string {
  const whole = Math.floor(cents / 1_000_000);
  const fraction = String(cents % 1_000_000)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** 元 for a text (罚款人民币5000元, 罚款人民币4999.5元). */
export function yuanText(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : yuan(cents).replace(/0$/, '');
}
