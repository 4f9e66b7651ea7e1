import {
  decide,
  evolve,
  factEventType,
  foldHistory,
  mayRecord,
  subjectStream,
  validateFactInput,
  type Caller,
  SUBJECT_DELISTED,
  SUBJECT_LISTED,
  type DomainError,
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
import { todayInShanghai, type Clock, type EventMetadata } from '#kernel';
import { listEntries, listingChanges, type CompiledRuleSet, type FactRecord, type ListingChanges } from '#rules';
import { derivedEventId, factEventId } from './fact-event-id.js';
import { rejected, type ItemResult } from './item-result.js';
import { delistedData, listedData, reachedPersons } from './listing-event-data.js';
import { SubjectStateCache, type DecisionBasis } from './subject-state-cache.js';

export interface RecordFactsOptions {
  /** The active rule set: accepted facts are recorded with the listing decisions they cause. */
  readonly rules?: CompiledRuleSet;
  /** Attempts per subject when other writers keep appending to it first. */
  readonly maxAttempts?: number;
}

export interface BatchResult {
  readonly results: ItemResult[];
  /** Wait for projections to reach this position to read the batch back (absent when nothing was written). */
  readonly position?: string;
}

interface Pending {
  readonly index: number;
  readonly command: RecordFact;
}

const CONFLICTS: ReadonlySet<DomainError['code']> = new Set([
  'source-record-conflict',
  'duplicate-decision-number',
  'already-registered',
  'role-already-held',
  'subject-kind-mismatch',
]);

/**
 * Records a batch of facts from one department: each item is validated, checked against the
 * department's competence and decided against its subject's history; each subject's accepted facts
 * are appended together. The batch's histories are read in one call and its appends written in one
 * multi-stream append; a subject another writer appended to first is decided again. One bad item never blocks or half-writes another, and a retried batch
 * writes nothing twice.
 */
export class FactRecorder {
  constructor(
    private readonly store: EventStore,
    private readonly catalogue: FactCatalogue,
    private readonly clock: Clock,
    private readonly options: RecordFactsOptions = {},
  ) {}

  private readonly cache = new SubjectStateCache();

  async record(items: readonly FactInput[], caller: Caller, correlationId: string): Promise<BatchResult> {
    const results: ItemResult[] = new Array(items.length);
    const bySubject = new Map<string, Pending[]>();
    const today = todayInShanghai(this.clock.now());
    items.forEach((item, index) => {
      const validated = validateFactInput(item, this.catalogue, today);
      if (!validated.ok) {
        results[index] = rejected(index, 422, 'invalid-fact', 'The fact is not valid', validated.problems);
        return;
      }
      const { definition } = validated.command;
      if (!mayRecord(caller.department, definition)) {
        results[index] = rejected(index, 403, 'outside-competence', 'The department may not record this fact type', [
          {
            field: 'type',
            reason: `${caller.department.name} (${caller.department.id}) may not record ${definition.label} (${definition.type}); it is recorded by ${definition.recordedBy.join(', ')}`,
          },
        ]);
        return;
      }
      const command: RecordFact = { ...validated.command, department: caller.department.id };
      const queue = bySubject.get(command.subject.code) ?? [];
      queue.push({ index, command });
      bySubject.set(command.subject.code, queue);
    });

    let last: GlobalPosition | undefined;
    let pending = [...bySubject.entries()];
    const maxAttempts = this.options.maxAttempts ?? 30;
    for (let attempt = 1; pending.length > 0; attempt++) {
      const bases = await this.decisionBases(pending.map(([code]) => subjectStream(code)));
      const retry: [string, Pending[]][] = [];
      const decided = pending.flatMap(([code, items]) => {
        const basis = bases.get(subjectStream(code))!;
        const decision = this.decideSubject(code, items, basis, caller, correlationId, results);
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
        if (outcome.status === 'appended') {
          const position = outcome.result.position;
          for (const { index, event } of toAppend) {
            results[index] = { index, status: 'accepted', eventId: event.id, subject: code, position: formatPosition(position), flags: (event.data as { flags?: string[] }).flags };
          }
          if (!last || comparePositions(position, last) > 0) last = position;
          if (outcome.result.written) this.cache.set(append.stream, { ...next, revision: outcome.result.nextExpectedRevision });
          else this.cache.forget(append.stream);
          return;
        }
        this.cache.forget(append.stream);
        if (outcome.error instanceof EventIdConflictError) {
          const remaining = this.refuseReusedRecordIds(outcome.error, toAppend, items, results);
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
    return { results, position: last && formatPosition(last) };
  }

  /** Each stream's decision basis: from the cache where this recorder wrote it last, else read and folded. */
  private async decisionBases(streams: readonly string[]): Promise<Map<string, DecisionBasis & { readonly cached: boolean }>> {
    const bases = new Map<string, DecisionBasis & { readonly cached: boolean }>();
    const unknown = streams.filter((stream) => {
      const cached = this.cache.get(stream);
      if (cached) bases.set(stream, { ...cached, cached: true });
      return !cached;
    });
    const histories = await this.store.readStreams(unknown);
    for (const stream of unknown) {
      const history = histories.get(stream) ?? [];
      const facts = this.options.rules ? factRecordsOf(history, this.catalogue) : [];
      bases.set(stream, {
        cached: false,
        revision: history.length > 0 ? history[history.length - 1].revision : 'no_stream',
        state: foldHistory(this.catalogue, history),
        facts,
        entries: this.options.rules ? listEntries(facts, this.options.rules) : [],
      });
    }
    return bases;
  }

  /** Decides a subject's pending facts on its basis: results for the refused ones, the append for the rest, and the basis after it. */
  private decideSubject(code: string, items: Pending[], basis: DecisionBasis, caller: Caller, correlationId: string, results: ItemResult[]) {
    const stream = subjectStream(code);
    let state = basis.state;
    const facts = [...basis.facts];
    let entries = basis.entries;
    const toAppend: { index: number; event: NewEvent }[] = [];
    const listings: NewEvent[][] = [];
    let refused = false;
    for (const { index, command } of items) {
      const decision = decide(command, state);
      if (decision.outcome === 'duplicate') {
        results[index] = { index, status: 'duplicate', eventId: decision.eventId, subject: code };
      } else if (decision.outcome === 'rejected') {
        refused = true;
        const status = CONFLICTS.has(decision.error.code) ? 409 : 422;
        results[index] = rejected(index, status, decision.error.code, decision.error.message, [
          { field: decision.error.field, reason: decision.error.message },
        ]);
      } else {
        const event: NewEvent = {
          id: factEventId(command.department, command.sourceRecordId),
          type: factEventType(command.definition),
          data: decision.data as never,
          metadata: { correlationId, department: caller.department.id, actor: caller.keyId },
        };
        toAppend.push({ index, event });
        // Later items of the batch see this one (a penalty and its correction in one batch).
        state = evolve(this.catalogue, state, asRecorded(event, stream));
        if (this.options.rules) {
          const record: FactRecord = { eventId: event.id, type: command.definition.type, data: command.fact };
          const changes = listingChanges(facts, record, this.options.rules, entries);
          listings.push(listingEvents(this.options.rules, changes, record, state, event.metadata));
          facts.push(record);
          entries = changes.entries;
        }
      }
    }
    const append: StreamAppend = { stream, events: toAppend.flatMap((a, i) => [a.event, ...(listings[i] ?? [])]), expectedRevision: basis.revision };
    return { code, items, toAppend, append, refused, next: { state, facts, entries } };
  }

  /** A source record id this department already used for another subject: refuse those items, retry the rest. */
  private refuseReusedRecordIds(
    error: EventIdConflictError,
    attempted: { index: number; event: NewEvent }[],
    remaining: Pending[],
    results: ItemResult[],
  ): Pending[] {
    const reused = new Set(error.eventIds);
    const refused = new Set(attempted.filter((a) => reused.has(a.event.id)).map((a) => a.index));
    for (const index of refused) {
      results[index] = rejected(index, 409, 'source-record-conflict', 'The source record id is already used for another subject', [
        { field: 'sourceRecordId', reason: 'this department already recorded this source record id for a different subject' },
      ]);
    }
    return remaining.filter((p) => !refused.has(p.index));
  }
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
  const reaches = reachedPersons(state);
  const listed = changes.started.map(
    (entry): NewEvent => ({ id: derivedEventId(fact.eventId, `listed:${entry.listType}`), type: SUBJECT_LISTED, data: listedData(entry, rules, reaches) as never, metadata: causedBy }),
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
