import { eventType, parseEventType } from './event-type.js';

describe('stored event types', () => {
  it('carry a context, a name and a schema version', () => {
    expect(parseEventType('credit.PenaltyDecided.v2')).toEqual({ name: 'credit.PenaltyDecided', schemaVersion: 2 });
    expect(eventType('credit', 'SubjectListed', 1)).toBe('credit.SubjectListed.v1');
    for (const bad of ['PenaltyDecided', 'credit.PenaltyDecided', 'credit.PenaltyDecided.v0', 'Credit.X.v1']) {
      expect(parseEventType(bad)).toBeUndefined();
    }
  });

  it('refuse a name that would not parse back', () => {
    expect(() => eventType('Credit', 'SubjectListed', 1)).toThrow(TypeError);
    expect(() => eventType('credit', 'Subject Listed', 1)).toThrow(TypeError);
    expect(() => eventType('credit', 'SubjectListed', 0)).toThrow(TypeError);
  });
});
