import { decide, derivedEventId, SUBJECT_LISTED, subjectOfStream, type Decision, type FactCatalogue, type SubjectState } from '#credit';
import { comparePositions, LOG_START, type EventStore, type GlobalPosition } from '#event-store';
import { isValidLocalDate, looksLikeResidentId, type EventMetadata, type LocalDate } from '#kernel';
import { compileRuleSet, reevaluate, type CompiledRuleSet, type Reevaluation } from '#rules';
import { handleSubjectCommand } from '../handle-subject-command.js';
import { listingRulesOf, recordedEntriesOf } from '../listing-rules.js';
import {
  RULE_SET_ACTIVATED,
  RULE_SET_REEVALUATED,
  RULE_SET_STREAM,
  type RuleSetActivatedData,
  type RuleSetReevaluatedData,
} from './rule-set-events.js';
import { activeRuleSet, digestOf, RuleSetLifecycleError, ruleSetHistory, timelineOf } from './rule-set-registry.js';

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
  return plan(store, catalogue, previous, next, effectiveFrom as LocalDate, onProgress);
}

/**
 * Activates a published rule set from `effectiveFrom`: the activation is an event on the rule-set stream,
 * then every affected subject gets the SubjectListed / SubjectDelisted events the new rule set implies
 * from that date, each caused by the activation, and RuleSetReevaluated ends it. Re-running the same activation
 * (version and date) after a crash before that end completes it without writing anything twice (event ids derive
 * from the activation; a subject already re-evaluated has nothing left to change); once ended, it is already active.
 */
export async function activateRuleSet(
  store: EventStore,
  catalogue: FactCatalogue,
  version: string,
  effectiveFrom: string,
  shipped: CompiledRuleSet,
  options: ActivationOptions,
): Promise<ActivationPlan> {
  const { previous, next } =
    (await unfinishedActivation(store, version, effectiveFrom, shipped)) ?? (await rulesFor(store, version, effectiveFrom, shipped));
  const activationId = derivedEventId(digestOf(next.document), `activated:${effectiveFrom}`);
  const metadata = { correlationId: activationId, actor: options.actor };
  const activated: RuleSetActivatedData = {
    id: next.id,
    version: next.version,
    digest: digestOf(next.document),
    effectiveFrom,
    previous: { id: previous.id, version: previous.version },
  };
  const { position } = await store.append(
    RULE_SET_STREAM,
    [{ id: activationId, type: RULE_SET_ACTIVATED, data: { ...activated }, metadata }],
    {
      expectedRevision: 'any',
    },
  );
  const result = await plan(store, catalogue, previous, next, effectiveFrom as LocalDate, options.onProgress, {
    activationId,
    metadata,
    position,
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
    [
      {
        id: derivedEventId(activationId, 'reevaluated'),
        type: RULE_SET_REEVALUATED,
        data: { ...summary },
        metadata: { ...metadata, causationId: activationId },
      },
    ],
    { expectedRevision: 'any' },
  );
  return result;
}

async function rulesFor(store: EventStore, version: string, effectiveFrom: string, shipped: CompiledRuleSet) {
  if (!isValidLocalDate(effectiveFrom))
    throw new RuleSetLifecycleError('invalid-effective-from', `effective-from must be a real date YYYY-MM-DD, not "${effectiveFrom}"`);
  const history = await ruleSetHistory(store);
  const published = history.published.get(version);
  if (!published)
    throw new RuleSetLifecycleError(
      'version-not-published',
      `rule set version ${version} is not published (published: ${[...history.published.keys()].join(', ') || 'none'})`,
    );
  const previous = await activeRuleSet(store, shipped);
  if (previous.version === version)
    throw new RuleSetLifecycleError('already-active', `rule set version ${version} is already the active one`);
  const last = history.activations.at(-1);
  if (last && effectiveFrom < last.data.effectiveFrom) {
    throw new RuleSetLifecycleError(
      'effective-from-before-current',
      `effective-from ${effectiveFrom} is before the current rule set's (${last.data.effectiveFrom}): activation never rewrites the past`,
    );
  }
  return { previous, next: compileRuleSet(published.document) };
}

/**
 * The rule sets of an activation of `version` from `effectiveFrom` that was recorded but whose re-evaluation did not
 * end (a crash mid-way): the last activation, without its RuleSetReevaluated. Undefined otherwise.
 */
async function unfinishedActivation(store: EventStore, version: string, effectiveFrom: string, shipped: CompiledRuleSet) {
  const history = await ruleSetHistory(store);
  const last = history.activations.at(-1);
  if (!last || last.data.version !== version || last.data.effectiveFrom !== effectiveFrom || history.reevaluated.has(last.eventId))
    return undefined;
  const before = timelineOf({ ...history, activations: history.activations.slice(0, -1) }, shipped).latest;
  return { previous: before, next: compileRuleSet(history.published.get(version)!.document) };
}

/** The activation whose changes are recorded; none for a preview. */
interface Recording {
  readonly activationId: string;
  readonly metadata: EventMetadata;
  /** The activation's position: every subject appended to before it is examined. */
  readonly position: GlobalPosition;
}

const NOTHING: Decision = { outcome: 'record', events: [] };

async function plan(
  store: EventStore,
  catalogue: FactCatalogue,
  previous: CompiledRuleSet,
  next: CompiledRuleSet,
  effectiveFrom: LocalDate,
  onProgress: ((examined: number) => void) | undefined,
  recording?: Recording,
): Promise<ActivationPlan> {
  const subjects = (await affectedSubjects(store, catalogue, [previous, next], recording?.position)).sort();
  const decideUnderNext = decide(listingRulesOf(next));
  const changes: SubjectChange[] = [];
  let examined = 0;
  for (const subject of subjects) {
    let change: Reevaluation | undefined;
    await handleSubjectCommand(
      store,
      catalogue,
      subject,
      (state) => {
        change = reevaluation(state, previous, next, effectiveFrom, subject);
        const listsChange = change.gained.length > 0 || change.lost.length > 0;
        // A change of measures alone is reported; nothing is recorded for it: measures follow the rule set in force.
        if (!recording || !listsChange) return NOTHING;
        return decideUnderNext({ kind: 'ReevaluateUnderRuleSet', activationId: recording.activationId, subject, effectiveFrom }, state);
      },
      recording?.metadata ?? { correlationId: 'preview' },
    );
    if (
      change &&
      (change.gained.length > 0 || change.lost.length > 0 || change.measuresGained.length > 0 || change.measuresLost.length > 0)
    ) {
      changes.push({
        subject,
        gained: change.gained.map((e) => ({
          listType: e.listType,
          since: e.since,
          until: e.until,
          listingFactEventId: e.listingFact.eventId,
        })),
        lost: change.lost.map((e) => ({ listType: e.listType, on: e.ended!.on, listingFactEventId: e.listingFact.eventId })),
        measuresGained: change.measuresGained,
        measuresLost: change.measuresLost,
      });
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

/** What `next` changes on the subject's recorded lists and measures (the same gained and lost entries its decider records). */
function reevaluation(
  state: SubjectState,
  previous: CompiledRuleSet,
  next: CompiledRuleSet,
  effectiveFrom: LocalDate,
  subject: string,
): Reevaluation {
  return reevaluate(state.facts, recordedEntriesOf(state), previous, next, effectiveFrom, looksLikeResidentId(subject));
}

/** Subjects with a listing or with a fact that either rule set lists or delists on, in the order first seen in the log. */
async function affectedSubjects(
  store: EventStore,
  catalogue: FactCatalogue,
  rules: CompiledRuleSet[],
  until?: GlobalPosition,
): Promise<string[]> {
  const relevant = new Set(rules.flatMap((r) => [...r.criteriaByFact.keys(), ...r.criteriaByDecision.keys(), ...r.exitsByFact.keys()]));
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
