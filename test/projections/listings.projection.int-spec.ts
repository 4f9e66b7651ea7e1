import { ListingsProjection } from '#read-model';
import { freshSubject, subjectDelisted, subjectListed } from '../fixtures/subject-stream-events.js';
import { projectionSpec } from '../support/projection-spec.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

let storage: TestStorage;
beforeAll(async () => {
  storage = await openTestStorage();
});
afterAll(async () => {
  await storage.dispose();
});

const listings = projectionSpec(new ListingsProjection(), () => storage);
const entriesOf = `SELECT list_type, color, since::text, until::text, causes, listing_fact, department, ended_on::text, ended_reason, ended_by,
                          delisting_event_id, expiry_event_id
                     FROM list_entries WHERE subject = $1 ORDER BY since`;

describe(`listings projection (${backend})`, () => {
  it('records a black listing as an open entry, and each person it reaches through a role', async () => {
    const subject = freshSubject();
    const listing = subjectListed(subject, {
      reaches: [
        { role: 'legal-representative', idNumber: '110105198001011234', since: '2020-01-01' },
        { role: 'principal', idNumber: '11010519850202123X', since: '2024-06-01' },
      ],
    });
    const { causes, listingFact } = listing.event.data;
    await listings
      .given()
      .when(listing)
      .then(
        entriesOf,
        [subject],
        [
          {
            list_type: 'dishonest-judgment-debtor',
            color: 'black',
            since: '2026-03-02',
            until: null,
            causes,
            listing_fact: listingFact,
            department: 'bj-court',
            ended_on: null,
          },
        ],
      );
    await listings
      .given()
      .when()
      .then(
        `SELECT person, role, role_since::text FROM list_reach WHERE subject = $1 ORDER BY person`,
        [subject],
        [
          { person: '110105198001011234', role: 'legal-representative', role_since: '2020-01-01' },
          { person: '11010519850202123X', role: 'principal', role_since: '2024-06-01' },
        ],
      );
  });

  it('keeps the regime an entry was decided under and its flags; a listing without them has no regime and no flags', async () => {
    const subject = freshSubject();
    const regime = { id: 'hrss-order-45', documentNumber: '人社部令第45号', effectiveFrom: '2022-01-01' };
    const flags = [{ code: 'step-missing' as const, step: 'notice-served', reason: '告知拟列入 (ListingNoticeServed) is not recorded' }];
    const decided = subjectListed(subject, { listType: 'wage-arrears', since: '2026-03-10', regime, flags });
    const plain = subjectListed(subject, { since: '2026-04-01' });
    await listings
      .given()
      .when(decided, plain)
      .then(
        `SELECT list_type, regime, flags FROM list_entries WHERE subject = $1 ORDER BY since`,
        [subject],
        [
          { list_type: 'wage-arrears', regime, flags },
          { list_type: 'dishonest-judgment-debtor', regime: null, flags: [] },
        ],
      );
  });

  it('ends the entry a later delisting names, with the reason and the fact that ended it', async () => {
    const subject = freshSubject();
    const listing = subjectListed(subject);
    const exit = subjectDelisted(listing, { reason: 'exit', on: '2026-06-30' });
    await listings
      .given(listing)
      .when(exit)
      .then(
        entriesOf,
        [subject],
        [
          {
            ended_on: '2026-06-30',
            ended_reason: 'exit',
            ended_by: exit.event.data.cause,
            delisting_event_id: exit.event.id,
            expiry_event_id: null,
          },
        ],
      );
  });

  it('leaves other entries of the subject open: a delisting ends only the entry started by its listing fact', async () => {
    const subject = freshSubject();
    const first = subjectListed(subject, { since: '2026-01-05' });
    const second = subjectListed(subject, { since: '2026-02-05' });
    await listings
      .given(first, second)
      .when(subjectDelisted(first, { reason: 'exit', on: '2026-03-01' }))
      .then(
        entriesOf,
        [subject],
        [
          { since: '2026-01-05', ended_on: '2026-03-01' },
          { since: '2026-02-05', ended_on: null },
        ],
      );
  });

  it('notes an expiry for the audit trail without ending the entry: it stops applying on its until anyway', async () => {
    const subject = freshSubject();
    const listing = subjectListed(subject, { until: '2029-03-02', termKind: 'fixed' });
    const expiry = subjectDelisted(listing, { reason: 'expired', on: '2029-03-02' });
    await listings
      .given(listing)
      .when(expiry)
      .then(
        entriesOf,
        [subject],
        [{ until: '2029-03-02', ended_on: null, ended_reason: null, delisting_event_id: null, expiry_event_id: expiry.event.id }],
      );
  });

  it('reads a listing stored before the listing fact travelled with it through the upcaster: the first cause, of unknown type', async () => {
    const subject = freshSubject();
    const listing = subjectListed(subject);
    const { listingFact: _absentThen, ...storedData } = listing.event.data;
    const stored = { ...listing, event: { ...listing.event, data: storedData } };
    await listings
      .givenStored(stored)
      .when()
      .then(
        entriesOf,
        [subject],
        [{ causes: storedData.causes, listing_fact: { eventId: storedData.causes[0], type: 'unknown', data: {} } }],
      );
  });
});
