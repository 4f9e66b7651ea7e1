import { getEventListeners } from 'node:events';
import { abortableSleep } from './abortable-sleep.js';

describe('abortableSleep', () => {
  it('leaves no abort listener behind when the timer fires', async () => {
    const stop = new AbortController();
    for (let i = 0; i < 20; i++) await abortableSleep(1, stop.signal);
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0);
  });

  it('ends early when the signal aborts, and leaves no listener either', async () => {
    const stop = new AbortController();
    const started = Date.now();
    const sleeping = abortableSleep(60_000, stop.signal);
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(1);
    stop.abort();
    await sleeping;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0);
  });
});
