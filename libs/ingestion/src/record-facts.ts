import {
  applyInPlace,
  decide,
  factEventType,
  foldHistory,
  mayRecord,
  subjectStream,
  validateFactInput,
  workingCopy,
  type Caller,
  SUBJECT_DELISTED,
  SUBJECT_LISTED,
  type FactCatalogue,
  type FactEventData,
  type FactInput,
  type RecordFact,
  type SubjectState,
} from '#credit';
import {
  comparePositions,
  EventIdConflictError,
  formatPosition,
  type EventStore,
  type GlobalPosition,
  type NewEvent,
  type RecordedEvent,
  type StreamAppend,
} from '#event-store';
import { todayInShanghai, type Clock, type EventMetadata, type LocalDate } from '#kernel';
import { listEntries, listingChanges, type CompiledRuleSet, type FactRecord, type ListingChanges } from '#rules';
import { derivedEventId, factEventId } from './fact-event-id.js';
import { refusedByHistory, rejected, type ItemResult } from './item-result.js';
import { delistedData, listedData, reachedPersons } from './listing-event-data.js';
import { SubjectStateCache, type DecisionBasis } from './subject-state-cache.js';

/** The rule set in force on a day, as the rule-set stream has it when asked (`RuleSetsInForce`). */
export interface RuleSetsByDate {
  on(date: LocalDate): Promise<CompiledRuleSet>;
}

export interface RecordFactsOptions {
  /**
   * Accepted facts are recorded with the listing decisions they cause under this rule set, or under the
   * one in force on the day each batch is recorded.
   */
  readonly rules?: CompiledRuleSet | RuleSetsByDate;
  /** Attempts per subject when other writers keep appending to it first. */
  readonly maxAttempts?: number;
}

export interface BatchResult {
  readonly results: ItemResult[];
  /** Wait for projections to reach this position to read the batch back (absent when nothing was written). */
  readonly position?: string;
}

/** One caller's batch, as `record` takes it. */
export interface FactBatch {
  readonly items: readonly FactInput[];
  readonly caller: Caller;
  readonly correlationId: string;
}

/** An item on its way: which batch and item it answers, and the validated command. */
interface Pending {
  readonly batch: number;
  readonly index: number;
  readonly command: RecordFact;
  readonly caller: Caller;
  readonly correlationId: string;
}

interface Decided {
  readonly code: string;
  readonly items: Pending[];
  readonly toAppend: { readonly pending: Pending; readonly event: NewEvent }[];
  readonly append: StreamAppend;
  readonly refused: boolean;
  readonly next: Omit<DecisionBasis, 'revision'>;
}

/**
 * Records batches of facts: each item is validated, checked against its department's competence and
 * decided against its subject's history; each subject's accepted facts are appended together, with
 * the listing decisions they cause. The histories are read in one call and everything is written in
 * one multi-stream append; a subject another writer appended to first is decided again. One bad item
 * never blocks or half-writes another, and a retried batch writes nothing twice.
 */
export class FactRecorder {
  private readonly cache = new SubjectStateCache();
  /** The rule set the cached list entries were derived under. */
  private rulesInUse?: CompiledRuleSet;

  constructor(
    private readonly store: EventStore,
    private readonly catalogue: FactCatalogue,
    private readonly clock: Clock,
    private readonly options: RecordFactsOptions = {},
  ) {}

  async record(items: readonly FactInput[], caller: Caller, correlationId: string): Promise<BatchResult> {
    const [result] = await this.recordBatches([{ items, caller, correlationId }]);
    return result;
  }

  /** Several callers' batches decided and written together, in the order given (group commit). */
  async recordBatches(batches: readonly FactBatch[]): Promise<BatchResult[]> {
    const results: ItemResult[][] = batches.map((b) => new Array(b.items.length));
    const positions: (GlobalPosition | undefined)[] = batches.map(() => undefined);
    const answer = (p: Pick<Pending, 'batch' | 'index'>, result: ItemResult) => (results[p.batch][p.index] = result);
    const bySubject = new Map<string, Pending[]>();
    const today = todayInShanghai(this.clock.now());
    const rules = await this.rulesOn(today);
    batches.forEach(({ items, caller, correlationId }, batch) =>
      items.forEach((item, index) => {
        const validated = validateFactInput(item, this.catalogue, today);
        if (!validated.ok) {
          answer({ batch, index }, rejected(index, 'invalid', 'invalid-fact', 'The fact is not valid', validated.problems));
          return;
        }
        const { definition } = validated.command;
        if (!mayRecord(caller.department, definition)) {
          answer(
            { batch, index },
            rejected(index, 'forbidden', 'outside-competence', 'The department may not record this fact type', [
              {
                path: 'type',
                reason: `${caller.department.name} (${caller.department.id}) may not record ${definition.label} (${definition.type}); it is recorded by ${definition.recordedBy.join(', ')}`,
              },
            ]),
          );
          return;
        }
        const command: RecordFact = { ...validated.command, department: caller.department.id };
        const queue = bySubject.get(command.subject.code) ?? [];
        queue.push({ batch, index, command, caller, correlationId });
        bySubject.set(command.subject.code, queue);
      }),
    );

    let pending = [...bySubject.entries()];
    const maxAttempts = this.options.maxAttempts ?? 30;
    for (let attempt = 1; pending.length > 0; attempt++) {
      const bases = await this.decisionBases(pending.map(([code]) => subjectStream(code)), rules);
      const retry: [string, Pending[]][] = [];
      const decided = pending.flatMap(([code, items]) => {
        const basis = bases.get(subjectStream(code))!;
        const decision = this.decideSubject(code, items, basis, answer, rules);
        // A refusal is final only on the full history: a cached basis may miss another writer's facts.
        if (basis.cached && decision.refused) {
          this.cache.forget(decision.append.stream);
          retry.push([code, items]);
          return [];
        }
        return decision.toAppend.length > 0 ? [decision] : [];
      });
      const outcomes = await this.store.appendToStreams(decided.map((d) => d.append));
      let contended = false;
      outcomes.forEach((outcome, i) => {
        const { code, items, toAppend, append, next } = decided[i];
        if (outcome.status === 'appended' && !outcome.result.written) {
          // Another writer stored this very append first (a client's retry answered by another process).
          for (const { pending: p, event } of toAppend) answer(p, { index: p.index, status: 'duplicate', eventId: event.id, subject: code });
          this.cache.forget(append.stream);
          return;
        }
        if (outcome.status === 'appended') {
          const position = outcome.result.position;
          for (const { pending: p, event } of toAppend) {
            answer(p, { index: p.index, status: 'accepted', eventId: event.id, subject: code, position: formatPosition(position), flags: (event.data as { flags?: string[] }).flags });
            const last = positions[p.batch];
            if (!last || comparePositions(position, last) > 0) positions[p.batch] = position;
          }
          this.cache.set(append.stream, { ...next, revision: outcome.result.nextExpectedRevision });
          return;
        }
        this.cache.forget(append.stream);
        if (outcome.error instanceof EventIdConflictError) {
          const remaining = refuseReusedRecordIds(outcome.error, toAppend, items, answer);
          if (remaining.length > 0) retry.push([code, remaining]);
        } else if (attempt >= maxAttempts) {
          throw outcome.error;
        } else {
          contended = true;
          retry.push([code, items]);
        }
      });
      pending = retry;
      // Another writer appended to these subjects first: decide again on their new history.
      if (contended) await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
    }
    return batches.map((_, b) => ({ results: results[b], position: positions[b] && formatPosition(positions[b]) }));
  }

  private async rulesOn(today: LocalDate): Promise<CompiledRuleSet | undefined> {
    const source = this.options.rules;
    const rules = source && 'on' in source ? await source.on(today) : source;
    if (rules !== this.rulesInUse) {
      this.cache.clear();
      this.rulesInUse = rules;
    }
    return rules;
  }

  /** Each stream's decision basis: from the cache where this recorder wrote it last, else read and folded. */
  private async decisionBases(streams: readonly string[], rules: CompiledRuleSet | undefined): Promise<Map<string, DecisionBasis & { readonly cached: boolean }>> {
    const bases = new Map<string, DecisionBasis & { readonly cached: boolean }>();
    const unknown = streams.filter((stream) => {
      const cached = this.cache.get(stream);
      if (cached) bases.set(stream, { ...cached, cached: true });
      return !cached;
    });
    const histories = await this.store.readStreams(unknown);
    for (const stream of unknown) {
      const history = histories.get(stream) ?? [];
      const facts = rules ? factRecordsOf(history, this.catalogue) : [];
      bases.set(stream, {
        cached: false,
        revision: history.length > 0 ? history[history.length - 1].revision : 'no_stream',
        state: foldHistory(this.catalogue, history),
        facts,
        entries: rules ? listEntries(facts, rules) : [],
      });
    }
    return bases;
  }

  /** Decides a subject's pending facts on its basis: answers for the refused ones, the append for the rest, and the basis after it. */
  private decideSubject(
    code: string,
    items: Pending[],
    basis: DecisionBasis,
    answer: (p: Pending, result: ItemResult) => void,
    rules: CompiledRuleSet | undefined,
  ): Decided {
    const stream = subjectStream(code);
    const state = workingCopy(basis.state);
    const facts = [...basis.facts];
    let entries = basis.entries;
    const toAppend: Decided['toAppend'] = [];
    const listings: NewEvent[][] = [];
    let refused = false;
    for (const p of items) {
      const { command, caller, correlationId } = p;
      const decision = decide(command, state);
      if (decision.outcome === 'duplicate') {
        answer(p, { index: p.index, status: 'duplicate', eventId: decision.eventId, subject: code });
      } else if (decision.outcome === 'rejected') {
        refused = true;
        answer(p, refusedByHistory(p.index, decision.error));
      } else {
        const event: NewEvent = {
          id: factEventId(command.department, command.sourceRecordId),
          type: factEventType(command.definition),
          data: decision.data as never,
          metadata: { correlationId, department: caller.department.id, actor: caller.keyId },
        };
        toAppend.push({ pending: p, event });
        // Later items see this one (a penalty and its correction in one batch).
        applyInPlace(this.catalogue, state, asRecorded(event, stream));
        if (rules) {
          const record: FactRecord = { eventId: event.id, type: command.definition.type, data: command.fact };
          const changes = listingChanges(facts, record, rules, entries);
          listings.push(listingEvents(rules, changes, record, state, event.metadata));
          facts.push(record);
          entries = changes.entries;
        }
      }
    }
    const append: StreamAppend = { stream, events: toAppend.flatMap((a, i) => [a.event, ...(listings[i] ?? [])]), expectedRevision: basis.revision };
    return { code, items, toAppend, append, refused, next: { state, facts, entries } };
  }
}

/** A source record id the department already used for another subject: refuse those items, retry the rest. */
function refuseReusedRecordIds(
  error: EventIdConflictError,
  attempted: Decided['toAppend'],
  remaining: Pending[],
  answer: (p: Pending, result: ItemResult) => void,
): Pending[] {
  const reused = new Set(error.eventIds);
  const refused = new Set(attempted.filter((a) => reused.has(a.event.id)).map((a) => a.pending));
  for (const p of refused) {
    answer(
      p,
      rejected(p.index, 'conflict', 'source-record-conflict', 'The source record id is already used for another subject', [
        { path: 'sourceRecordId', reason: 'this department already recorded this source record id for a different subject' },
      ]),
    );
  }
  return remaining.filter((p) => !refused.has(p));
}

/** The fact events of a subject's history, as the rule evaluator reads them. */
export function factRecordsOf(history: readonly RecordedEvent[], catalogue: FactCatalogue): FactRecord[] {
  return history.flatMap((event) => {
    const definition = catalogue.forEventType(event.type);
    return definition ? [{ eventId: event.id, type: definition.type, data: (event.data as unknown as FactEventData).fact }] : [];
  });
}

/** The SubjectListed / SubjectDelisted events a new fact causes; their ids derive from the fact's, so retries stay idempotent. */
function listingEvents(rules: CompiledRuleSet, changes: ListingChanges, fact: FactRecord, state: SubjectState, metadata: EventMetadata): NewEvent[] {
  const causedBy = { ...metadata, causationId: fact.eventId };
  const listed = changes.started.map(
    (entry): NewEvent => ({
      id: derivedEventId(fact.eventId, `listed:${entry.listType}`),
      type: SUBJECT_LISTED,
      data: listedData(entry, rules, reachedPersons(state, entry, rules)) as never,
      metadata: causedBy,
    }),
  );
  const delisted = changes.ended.map(
    (entry): NewEvent => ({
      id: derivedEventId(fact.eventId, `delisted:${entry.listType}:${entry.listingFact.eventId}`),
      type: SUBJECT_DELISTED,
      data: delistedData(entry, fact.eventId, rules) as never,
      metadata: causedBy,
    }),
  );
  return [...listed, ...delisted];
}

function asRecorded(event: NewEvent, stream: string): RecordedEvent {
  return { ...event, stream, revision: -1, position: { commit: -1n, prepare: -1n }, recordedAt: new Date(0) };
}
