/**
 * An upheld objection revokes a record void from the start (RecordRevoked): the listings the fact caused end on their
 * own start with `void`, the rules read the history without it from then on, and nothing refers to it again.
 */
import { factEventId, SUBJECT_DELISTED, SUBJECT_LISTED, type SubjectStreamEvent } from '#credit';
import { listingRulesOf, recordedEntriesOf } from '#ingestion';
import { loadShippedRuleSet } from '#runtime';
import { definitionOf, DEPARTMENT, given, type FactShorthand } from '../../libs/credit/src/subject-stream/testing/given-when-then.js';

const rules = listingRulesOf(loadShippedRuleSet());
const OFFICE = 'credit-office';
const listing: FactShorthand = { type: 'DishonestDebtorListed', sourceRecordId: 'djd-1' };
const listingId = factEventId(DEPARTMENT, 'djd-1');
const revocation = (revokedEventId: string, sourceRecordId = 'objection-1'): FactShorthand => ({
  type: 'RecordRevoked',
  department: OFFICE,
  sourceRecordId,
  data: { ...(definitionOf('RecordRevoked').example as object), revokedEventId },
});

describe('RecordRevoked: a record revoked void from the start', () => {
  it('records the revocation with a void delisting of every entry the fact caused, dated on the entry’s own start', () => {
    const listed = given(listing).under(rules);
    const since = listed.history.find((e) => e.type === SUBJECT_LISTED)!.data as { since: string; listType: string };
    listed.when(revocation(listingId)).thenDelists({
      listType: since.listType,
      listingFactEventId: listingId,
      on: since.since,
      reason: 'revoked',
      void: true,
      cause: factEventId(OFFICE, 'objection-1'),
    });
  });

  it('without list rules it still voids the recorded listings: voiding needs no rule', () => {
    const listed = given(listing).under(rules);
    const history = listed.history;
    const appended = given()
      .and(...history)
      .when(revocation(listingId))
      .thenAppends();
    expect(appended.map((e) => e.type)).toEqual([expect.stringContaining('RecordRevoked'), SUBJECT_DELISTED]);
  });

  it('after it, the rules read the history without the fact: the recorded entries drop the listing, a later exit ends nothing', () => {
    const listed = given(listing).under(rules);
    const revoked = listed.when(revocation(listingId)).thenAppends() as SubjectStreamEvent[];
    const after = listed.and(...revoked);
    expect(after.state.facts.map((f) => f.eventId)).not.toContain(listingId);
    expect(recordedEntriesOf(after.state)).toEqual([]);
    after.when({ type: 'DishonestDebtorDeleted' }).thenRejects('reference-ended');
  });

  it('refuses an unknown fact and one already revoked; the same revocation again is a harmless repeat', () => {
    given(listing).under(rules).when(revocation('no-such-event')).thenRejects('reference-not-found', 'data.revokedEventId');
    const listed = given(listing).under(rules);
    const revoked = listed.when(revocation(listingId)).thenAppends() as SubjectStreamEvent[];
    listed
      .and(...revoked)
      .when(revocation(listingId, 'objection-2'))
      .thenRejects('reference-not-found');
    expect(listed.and(...revoked).when(revocation(listingId)).decision.outcome).toBe('duplicate');
  });

  it('an expiry of a voided listing records nothing: it never applied', () => {
    const listed = given(listing).under(rules);
    const revoked = listed.when(revocation(listingId)).thenAppends() as SubjectStreamEvent[];
    const entry = listed.history.find((e) => e.type === SUBJECT_LISTED)! as SubjectStreamEvent & {
      data: { listType: string; basis: { documentNumber: string } };
    };
    listed
      .and(...revoked)
      .when({
        kind: 'ExpireEntry',
        listingEventId: entry.id,
        listType: entry.data.listType,
        listingFactEventId: listingId,
        until: '2029-06-15',
        basis: entry.data.basis,
        ruleSet: { id: 'x', version: '1' },
      })
      .thenDecides({ outcome: 'record', events: [] });
  });
});
