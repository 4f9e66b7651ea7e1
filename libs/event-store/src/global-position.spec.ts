import { comparePositions, formatPosition, LOG_START, parsePosition } from './global-position.js';

describe('global position', () => {
  it('orders by commit, then prepare, with the log start before everything', () => {
    const positions = [{ commit: 1000n, prepare: 2n }, { commit: 999n, prepare: 7n }, LOG_START, { commit: 1000n, prepare: 1n }];
    expect([...positions].sort(comparePositions)).toEqual([positions[2], positions[1], positions[3], positions[0]]);
  });

  it('round-trips through its text form and rejects anything else', () => {
    const position = { commit: 9223372036854775807n, prepare: 42n };
    expect(parsePosition(formatPosition(position))).toEqual(position);
    for (const bad of ['', '12', '1-2-3', '-1-2', 'a-b']) expect(parsePosition(bad)).toBeUndefined();
  });

  it('refuses a position whose parts do not fit a bigint', () => {
    expect(parsePosition('9223372036854775807-9223372036854775807')).toEqual({ commit: 2n ** 63n - 1n, prepare: 2n ** 63n - 1n });
    for (const bad of ['9223372036854775808-1', '1-9223372036854775808', '99999999999999999999-1'])
      expect(parsePosition(bad)).toBeUndefined();
  });
});
