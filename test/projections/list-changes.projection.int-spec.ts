import { ListChangesProjection } from '#read-model';
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

const listChanges = projectionSpec(new ListChangesProjection(), () => storage);
const changesOf = `SELECT event_id, change, list_type, color, effective_on::text, until::text, reason, causes, listing_fact_event_id,
                          criterion, basis, rule_set_version, department, actor, correlation_id
                     FROM list_changes WHERE subject = $1 ORDER BY commit_position, prepare_position`;

describe(`list-changes projection (${backend})`, () => {
  it('logs a listing with its criterion, causes, rule-set version and who recorded it', async () => {
    const subject = freshSubject();
    const listing = subjectListed(subject, { until: '2029-03-02', termKind: 'fixed' });
    const { data, metadata } = listing.event;
    await listChanges
      .given()
      .when(listing)
      .then(
        changesOf,
        [subject],
        [
          {
            event_id: listing.event.id,
            change: 'listed',
            list_type: 'dishonest-judgment-debtor',
            color: 'black',
            effective_on: '2026-03-02',
            until: '2029-03-02',
            reason: null,
            causes: data.causes,
            listing_fact_event_id: data.causes[0],
            criterion: 'listed-by-court',
            basis: data.basis,
            rule_set_version: '2026.1',
            department: 'bj-court',
            actor: metadata.actor,
            correlation_id: metadata.correlationId,
          },
        ],
      );
  });

  it('logs each delisting after its listing, in log order, with its reason and the event that caused it', async () => {
    const subject = freshSubject();
    const listing = subjectListed(subject);
    const change = subjectDelisted(listing, {
      reason: 'rule-set-change',
      on: '2026-07-01',
      ruleSet: { id: 'jiangcheng', version: '2026.2' },
    });
    await listChanges
      .given(listing)
      .when(change)
      .then(
        changesOf,
        [subject],
        [
          { change: 'listed', rule_set_version: '2026.1' },
          {
            event_id: change.event.id,
            change: 'delisted',
            color: null,
            effective_on: '2026-07-01',
            reason: 'rule-set-change',
            causes: [change.event.data.cause],
            listing_fact_event_id: listing.event.data.causes[0],
            criterion: null,
            rule_set_version: '2026.2',
          },
        ],
      );
  });

  it('logs an expiry as a delisting like any other', async () => {
    const subject = freshSubject();
    const listing = subjectListed(subject, { until: '2027-03-02', termKind: 'fixed' });
    await listChanges
      .given(listing)
      .when(subjectDelisted(listing, { reason: 'expired', on: '2027-03-02' }))
      .then(changesOf, [subject], [{ change: 'listed' }, { change: 'delisted', reason: 'expired', causes: [listing.event.id] }]);
  });
});
