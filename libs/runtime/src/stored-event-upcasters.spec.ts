import { SUBJECT_LISTED } from '#credit';
import type { RecordedEvent } from '#event-store';
import { STORED_EVENT_UPCASTERS } from './stored-event-upcasters.js';

const stored = (data: RecordedEvent['data']): RecordedEvent => ({
  id: 'e1',
  stream: 'subject-91110105MA01ABCD12',
  revision: 0,
  type: SUBJECT_LISTED,
  data,
  metadata: { correlationId: 'c' },
  position: { commit: 1n, prepare: 1n },
  recordedAt: new Date(0),
});

describe('the product’s upcasters', () => {
  it('give a listing stored without its listing fact one of unknown type, pointing at its first cause', () => {
    expect(STORED_EVENT_UPCASTERS.apply(stored({ listType: 'x', causes: ['f1', 'f2'] })).data).toEqual({
      listType: 'x',
      causes: ['f1', 'f2'],
      listingFact: { eventId: 'f1', type: 'unknown', data: {} },
    });
  });

  it('leave a listing that carries its listing fact as it is', () => {
    const current = stored({ causes: ['f1'], listingFact: { eventId: 'f1', type: 'DishonestDebtorListed', data: { caseNumber: 'x' } } });
    expect(STORED_EVENT_UPCASTERS.apply(current)).toEqual(current);
  });
});
