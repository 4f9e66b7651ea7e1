import { retryDelayMs } from './delivery-settings.js';

describe('retry delay', () => {
  const settings = { retryBaseMs: 1000, retryMaxMs: 10_000 };

  it('doubles with each failure up to the cap, half of each step fixed and half random', () => {
    expect([1, 2, 3, 4, 5, 9].map((n) => retryDelayMs(n, settings, () => 0))).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
    expect([1, 2, 3, 4, 5, 9].map((n) => retryDelayMs(n, settings, () => 1))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });
});
