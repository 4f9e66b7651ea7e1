import { comparePositions, formatPosition, LOG_START, parsePosition } from './global-position.js';

describe('global position', () => {
  it('orders by commit, then prepare, with the log start before everything', () => {
    const positions = [
      { commit: 1000n, prepare: 2n },
      { commit: 999n, prepare: 7n },
      LOG_START,
      { commit: 1000n, prepare: 1n },
    ];
    expect([...positions].sort(comparePositions)).toEqual([positions[2], positions[1], positions[3], positions[0]]);
  });

  it('round-trips through its text form and rejects anything else', () => {
    const position = { commit: 18446744073709551615n, prepare: 42n };
    expect(parsePosition(formatPosition(position))).toEqual(position);
    for (const bad of ['', '12', '1-2-3', '-1-2', 'a-b']) expect(parsePosition(bad)).toBeUndefined();
  });
});
