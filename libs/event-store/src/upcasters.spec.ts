import { eventType, parseEventType } from './event-type.js';
import type { RecordedEvent } from './recorded-event.js';
import { Upcasters, type Upcaster } from './upcasters.js';

const stored = (type: string, data: object): RecordedEvent =>
  ({ id: 'x', stream: 's', revision: 0, type, data, metadata: { correlationId: 'c' } }) as unknown as RecordedEvent;

describe('stored event types', () => {
  it('carry a context, a name and a schema version', () => {
    expect(parseEventType('credit.PenaltyDecided.v2')).toEqual({ name: 'credit.PenaltyDecided', schemaVersion: 2 });
    expect(eventType('credit.SubjectListed', 1)).toBe('credit.SubjectListed.v1');
    for (const bad of ['PenaltyDecided', 'credit.PenaltyDecided', 'credit.PenaltyDecided.v0', 'Credit.X.v1']) {
      expect(parseEventType(bad)).toBeUndefined();
    }
  });
});

describe('upcasters', () => {
  const fromV1: Upcaster = { from: 'credit.Fined.v1', to: 'credit.Fined.v2', upcast: (d) => ({ amount: String(d.yuan) }) };
  const chain = new Upcasters([
    fromV1,
    { from: 'credit.Fined.v2', to: 'credit.Fined.v3', upcast: (d) => ({ ...d, currency: 'CNY' }) },
  ]);

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
});
