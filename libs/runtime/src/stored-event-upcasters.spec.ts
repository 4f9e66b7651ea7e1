import { SUBJECT_LISTED } from '#credit';
import type { RecordedEvent } from '#event-store';
import { STORED_EVENT_UPCASTERS } from './stored-event-upcasters.js';

const stored = (data: RecordedEvent['data'], type: string = SUBJECT_LISTED): RecordedEvent => ({
  id: 'e1',
  stream: 'subject-91110105MA01ABCD12',
  revision: 0,
  type,
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

  it('read a ListingDecided v1 as v2: the colour dropped, no grounds', () => {
    const v1 = stored(
      {
        department: 'fgw',
        sourceRecordId: 'r1',
        subject: { kind: 'enterprise', code: '91110105MA01ABCD12', name: '某公司' },
        fact: { decisionNumber: '京发改信认〔2026〕5号', listType: 'a-level-taxpayer', color: 'red', basis: 'x', listedOn: '2026-04-25' },
      },
      'credit.ListingDecided.v1',
    );
    const read = STORED_EVENT_UPCASTERS.apply(v1);
    expect(read.type).toBe('credit.ListingDecided.v2');
    expect(read.data.fact).toEqual({
      decisionNumber: '京发改信认〔2026〕5号',
      listType: 'a-level-taxpayer',
      basis: 'x',
      listedOn: '2026-04-25',
      grounds: [],
    });
    expect(read.data.sourceRecordId).toBe('r1');
  });

  it('leave a ListingDecided v2 as it is', () => {
    const v2 = stored({ fact: { decisionNumber: 'x', grounds: ['y'] } }, 'credit.ListingDecided.v2');
    expect(STORED_EVENT_UPCASTERS.apply(v2)).toEqual(v2);
  });
});
