import type { RecordedEvent } from './recorded-event.js';
import { Upcasters, type Upcaster } from './upcasters.js';

const stored = (type: string, data: RecordedEvent['data']): RecordedEvent => ({
  id: 'x',
  stream: 's',
  revision: 0,
  type,
  data,
  metadata: { correlationId: 'c' },
  position: { commit: 1n, prepare: 1n },
  recordedAt: new Date(0),
});

describe('upcasters', () => {
  const fromV1: Upcaster = { from: 'credit.Fined.v1', to: 'credit.Fined.v2', upcast: (d) => ({ amount: String(d.yuan) }) };
  const chain = new Upcasters([fromV1, { from: 'credit.Fined.v2', to: 'credit.Fined.v3', upcast: (d) => ({ ...d, currency: 'CNY' }) }]);

  it('run in a chain up to the current version', () => {
    expect(chain.apply(stored('credit.Fined.v1', { yuan: 3 }))).toMatchObject({
      type: 'credit.Fined.v3',
      data: { amount: '3', currency: 'CNY' },
    });
  });

  it('leave current events alone', () => {
    const current = stored('credit.Fined.v3', { amount: '1', currency: 'CNY' });
    expect(chain.apply(current)).toBe(current);
  });

  it('refuse two upcasters from the same version and detect cycles', () => {
    expect(() => new Upcasters([fromV1, { ...fromV1, to: 'credit.Fined.v9' }])).toThrow();
    const cycle = new Upcasters([
      { from: 'x.A.v1', to: 'x.A.v2', upcast: (d) => d },
      { from: 'x.A.v2', to: 'x.A.v1', upcast: (d) => d },
    ]);
    expect(() => cycle.apply(stored('x.A.v1', {}))).toThrow(/cycle/);
  });

  it('repair data under the same type name once, without calling it a cycle', () => {
    const repair = new Upcasters([{ from: 'credit.Fined.v3', upcast: (d) => ({ currency: 'CNY', ...d }) }]);
    expect(repair.apply(stored('credit.Fined.v3', { amount: '1' }))).toMatchObject({
      type: 'credit.Fined.v3',
      data: { amount: '1', currency: 'CNY' },
    });
  });
});
