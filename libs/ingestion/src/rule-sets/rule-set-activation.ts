import { foldHistory, SUBJECT_DELISTED, SUBJECT_LISTED, subjectOfStream, subjectStream, type FactCatalogue, type SubjectState } from '#credit';
import { comparePositions, LOG_START, WrongExpectedRevisionError, type EventStore, type GlobalPosition, type NewEvent } from '#event-store';
import { isValidLocalDate, looksLikeResidentId, type LocalDate } from '#kernel';
import { compileRuleSet, recordedEntries, reevaluate, type CompiledRuleSet, type ListEntry, type RecordedListing } from '#rules';
import { derivedEventId } from '../fact-event-id.js';
import { delistedData, listedData, reachedPersons } from '../listing-event-data.js';
import { factRecordsOf } from '../record-facts.js';
import { RULE_SET_ACTIVATED, RULE_SET_REEVALUATED, RULE_SET_STREAM, type RuleSetActivatedData, type RuleSetReevaluatedData } from './rule-set-events.js';
import { activeRuleSet, digestOf, RuleSetLifecycleError, ruleSetHistory } from './rule-set-registry.js';

export interface SubjectChange {
  readonly subject: string;
  readonly gained: { readonly listType: string; readonly since: string; readonly until?: string; readonly listingFactEventId: string }[];
  readonly lost: { readonly listType: string; readonly on: string; readonly listingFactEventId: string }[];
  readonly measuresGained: string[];
  readonly measuresLost: string[];
}

export interface ActivationPlan {
  readonly from: { readonly id: string; readonly version: string };
  readonly to: { readonly id: string; readonly version: string };
  readonly effectiveFrom: string;
  readonly subjectsExamined: number;
  /** Only the subjects whose lists or measures change. */
  readonly changes: SubjectChange[];
}

export interface ActivationOptions {
  readonly actor: string;
  readonly onProgress?: (examined: number) => void;
}

/** What activating `version` from `effectiveFrom` would change, subject by subject: exactly what activation then records. */
export async function previewActivation(
  store: EventStore,
  catalogue: FactCatalogue,
  version: string,
  effectiveFrom: string,
  shipped: CompiledRuleSet,
  onProgress?: (examined: number) => void,
): Promise<ActivationPlan> {
  const { previous, next } = await rulesFor(store, version, effectiveFrom, shipped);
  return plan(store, catalogue, previous, next, effectiveFrom as LocalDate, onProgress, undefined, async () => undefined);
}

/**
 * Activates a published rule set from `effectiveFrom`: the activation is an event on the rule-set stream,
 * then every affected subject gets the SubjectListed / SubjectDelisted events the new rule set implies
 * from that date, each caused by the activation. Re-running the same activation after a crash
 * completes it without writing anything twice (event ids derive from the activation).
 */
export async function activateRuleSet(
  store: EventStore,
  catalogue: FactCatalogue,
  version: string,
  effectiveFrom: string,
  shipped: CompiledRuleSet,
  options: ActivationOptions,
): Promise<ActivationPlan> {
  const { previous, next } = await rulesFor(store, version, effectiveFrom, shipped);
  const activationId = derivedEventId(digestOf(next.document), `activated:${effectiveFrom}`);
  const metadata = { correlationId: activationId, actor: options.actor };
  const activated: RuleSetActivatedData = {
    id: next.id,
    version: next.version,
    digest: digestOf(next.document),
    effectiveFrom,
    previous: { id: previous.id, version: previous.version },
  };
  const { position } = await store.append(RULE_SET_STREAM, [{ id: activationId, type: RULE_SET_ACTIVATED, data: activated as never, metadata }], {
    expectedRevision: 'any',
  });
  const causedBy = { ...metadata, causationId: activationId };
  const result = await plan(store, catalogue, previous, next, effectiveFrom as LocalDate, options.onProgress, position, async (subject, change, revision, state) => {
    const events: NewEvent[] = [
      ...change.gained.map((entry) => ({
        id: derivedEventId(activationId, `${subject}:listed:${entry.listType}:${entry.listingFact.eventId}`),
        type: SUBJECT_LISTED,
        data: listedData(entry, next, reachedPersons(state, entry, next)) as never,
        metadata: causedBy,
      })),
      ...change.lost.map((entry) => ({
        id: derivedEventId(activationId, `${subject}:delisted:${entry.listType}:${entry.listingFact.eventId}`),
        type: SUBJECT_DELISTED,
        data: delistedData(entry, activationId, next) as never,
        metadata: causedBy,
      })),
    ];
    await store.append(subjectStream(subject), events, { expectedRevision: revision });
  });
  const summary: RuleSetReevaluatedData = {
    version: next.version,
    activationEventId: activationId,
    subjects: result.changes.filter((c) => c.gained.length > 0 || c.lost.length > 0).length,
    listed: result.changes.reduce((n, c) => n + c.gained.length, 0),
    delisted: result.changes.reduce((n, c) => n + c.lost.length, 0),
  };
  await store.append(
    RULE_SET_STREAM,
    [{ id: derivedEventId(activationId, 'reevaluated'), type: RULE_SET_REEVALUATED, data: summary as never, metadata: causedBy }],
    { expectedRevision: 'any' },
  );
  return result;
}

async function rulesFor(store: EventStore, version: string, effectiveFrom: string, shipped: CompiledRuleSet) {
  if (!isValidLocalDate(effectiveFrom)) throw new RuleSetLifecycleError(`effective-from must be a real date YYYY-MM-DD, not "${effectiveFrom}"`);
  const history = await ruleSetHistory(store);
  const published = history.published.get(version);
  if (!published) throw new RuleSetLifecycleError(`rule set version ${version} is not published (published: ${[...history.published.keys()].join(', ') || 'none'})`);
  const previous = await activeRuleSet(store, shipped);
  if (previous.version === version) throw new RuleSetLifecycleError(`rule set version ${version} is already the active one`);
  const last = history.activations.at(-1);
  if (last && effectiveFrom < last.data.effectiveFrom) {
    throw new RuleSetLifecycleError(`effective-from ${effectiveFrom} is before the current rule set's (${last.data.effectiveFrom}): activation never rewrites the past`);
  }
  return { previous, next: compileRuleSet(published.document) };
}

type Apply = (
  subject: string,
  change: { gained: ListEntry[]; lost: ListEntry[] },
  revision: number,
  state: SubjectState,
) => Promise<void>;

async function plan(
  store: EventStore,
  catalogue: FactCatalogue,
  previous: CompiledRuleSet,
  next: CompiledRuleSet,
  effectiveFrom: LocalDate,
  onProgress: ((examined: number) => void) | undefined,
  until: GlobalPosition | undefined,
  apply: Apply,
): Promise<ActivationPlan> {
  const subjects = (await affectedSubjects(store, catalogue, [previous, next], until)).sort();
  const changes: SubjectChange[] = [];
  let examined = 0;
  for (const subject of subjects) {
    for (let attempt = 1; ; attempt++) {
      const history = await store.readStream(subjectStream(subject));
      const facts = factRecordsOf(history, catalogue);
      const listings: RecordedListing[] = history
        .filter((e) => e.type === SUBJECT_LISTED || e.type === SUBJECT_DELISTED)
        .map((e) => ({ eventId: e.id, type: e.type === SUBJECT_LISTED ? 'listed' : 'delisted', data: e.data as Record<string, unknown> }));
      const recorded = recordedEntries(listings, facts);
      const change = reevaluate(facts, recorded, previous, next, effectiveFrom, looksLikeResidentId(subject));
      const listsChange = change.gained.length > 0 || change.lost.length > 0;
      if (!listsChange && change.measuresGained.length === 0 && change.measuresLost.length === 0) break;
      try {
        // A change of measures alone is reported; nothing is recorded for it: measures follow the rule set in force.
        if (listsChange) await apply(subject, change, history.at(-1)!.revision, foldHistory(catalogue, history));
        changes.push({
          subject,
          gained: change.gained.map((e) => ({ listType: e.listType, since: e.since, until: e.until, listingFactEventId: e.listingFact.eventId })),
          lost: change.lost.map((e) => ({ listType: e.listType, on: e.ended!.on, listingFactEventId: e.listingFact.eventId })),
          measuresGained: change.measuresGained,
          measuresLost: change.measuresLost,
        });
        break;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= 30) throw error;
      }
    }
    onProgress?.(++examined);
  }
  return {
    from: { id: previous.id, version: previous.version },
    to: { id: next.id, version: next.version },
    effectiveFrom,
    subjectsExamined: subjects.length,
    changes,
  };
}

/** Subjects with a listing or with a fact that either rule set lists or delists on, in the order first seen in the log. */
async function affectedSubjects(store: EventStore, catalogue: FactCatalogue, rules: CompiledRuleSet[], until?: GlobalPosition): Promise<string[]> {
  const relevant = new Set(rules.flatMap((r) => [...r.criteriaByFact.keys(), ...r.exitsByFact.keys()]));
  const found = new Set<string>();
  const deadline = Date.now() + 60_000;
  let after: GlobalPosition = LOG_START;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: 5000 });
    if (batch.length === 0) {
      // An append becomes readable once every older transaction has ended: wait for the activation's own.
      if (!until || comparePositions(after, until) >= 0) break;
      if (Date.now() > deadline) throw new Error(`the event log did not become readable up to the activation in 60 s`);
      await store.waitForAppend(50);
      continue;
    }
    for (const event of batch) {
      const subject = subjectOfStream(event.stream);
      if (!subject || found.has(subject)) continue;
      const type = catalogue.forEventType(event.type)?.type;
      if (event.type === SUBJECT_LISTED || (type && relevant.has(type))) found.add(subject);
    }
    after = batch[batch.length - 1].position;
  }
  return [...found];
}
