import {
  applyInPlace,
  decide,
  foldHistory,
  mayRecord,
  subjectStream,
  validateFactInput,
  workingCopy,
  type Caller,
  type Decision,
  type FactCatalogue,
  type FactInput,
  type RecordFact,
  type SubjectCommand,
  type SubjectEvent,
  type SubjectState,
} from '#credit';
import {
  comparePositions,
  EventIdConflictError,
  formatPosition,
  type EventStore,
  type GlobalPosition,
  type NewEvent,
  type StreamAppend,
} from '#event-store';
import { todayInShanghai, type Clock, type LocalDate } from '#kernel';
import { DEPARTMENT_REGISTRY, type CompiledRuleSet } from '#rules';
import { refusedByHistory, rejected, type ItemResult } from './item-result.js';
import { listingRulesOf } from './listing-rules.js';
import { CONTENTION_RETRY, pause, type RetryPolicy } from './retry-policy.js';
import { SubjectStateCache, type DecisionBasis } from './subject-state-cache.js';
import { newEvents, subjectEventsOf } from './subject-stream-events.js';

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
  /** When other writers keep appending to a subject first. */
  readonly retry?: RetryPolicy;
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

/** An accepted item and the events its decision appends (the fact first). */
interface Accepted {
  readonly pending: Pending;
  readonly eventId: string;
  readonly flags?: readonly string[];
  readonly events: readonly NewEvent<SubjectEvent>[];
}

interface Decided {
  readonly code: string;
  readonly items: Pending[];
  readonly accepted: Accepted[];
  readonly append: StreamAppend;
  readonly refused: boolean;
  readonly next: SubjectState;
}

type Decide = (command: SubjectCommand, state: SubjectState) => Decision;

/**
 * Records batches of facts: each item is validated and checked against its department's competence; then,
 * for all subjects at once, the loop around the subject decider: read, fold, decide (the fact and the
 * listing decisions it causes), append expecting the revision read, and decide again where another writer
 * appended first. The histories are read in one call and everything is written in one multi-stream append
 * (group commit); recently written subjects are decided on their cached state. One bad item never blocks
 * or half-writes another, and a retried batch writes nothing twice.
 */
export class FactRecorder {
  private readonly cache = new SubjectStateCache();
  private readonly retry: RetryPolicy;

  constructor(
    private readonly store: EventStore,
    private readonly catalogue: FactCatalogue,
    private readonly clock: Clock,
    private readonly options: RecordFactsOptions = {},
  ) {
    this.retry = options.retry ?? CONTENTION_RETRY;
  }

  async record(items: readonly FactInput[], caller: Caller, correlationId: string): Promise<BatchResult> {
    const [result] = await this.recordBatches([{ items, caller, correlationId }]);
    return result;
  }

  /** Several callers' batches decided and written together, in the order given (group commit). */
  async recordBatches(batches: readonly FactBatch[]): Promise<BatchResult[]> {
    const results: ItemResult[][] = batches.map((b) => new Array(b.items.length));
    const positions: (GlobalPosition | undefined)[] = batches.map(() => undefined);
    const answer = (p: Pick<Pending, 'batch' | 'index'>, result: ItemResult) => (results[p.batch][p.index] = result);
    const today = todayInShanghai(this.clock.now());
    const rules = await this.rulesOn(today);
    const decideFact = decide(rules && listingRulesOf(rules));

    let pending = [...this.admitted(batches, today, answer).entries()];
    for (let attempt = 1; pending.length > 0; attempt++) {
      const bases = await this.decisionBases(pending.map(([code]) => subjectStream(code)));
      const retry: [string, Pending[]][] = [];
      const decided = pending.flatMap(([code, items]) => {
        const basis = bases.get(subjectStream(code))!;
        const decision = this.decideSubject(decideFact, code, items, basis, answer, today);
        // A refusal is final only on the full history: a cached basis may miss another writer's facts.
        if (basis.cached && decision.refused) {
          this.cache.forget(decision.append.stream);
          retry.push([code, items]);
          return [];
        }
        return decision.accepted.length > 0 ? [decision] : [];
      });
      const outcomes = await this.store.appendToStreams(decided.map((d) => d.append));
      let contended = false;
      outcomes.forEach((outcome, i) => {
        const { code, items, accepted, append, next } = decided[i];
        if (outcome.status === 'appended' && !outcome.result.written) {
          // Another writer stored this very append first (a client's retry answered by another process).
          for (const { pending: p, eventId } of accepted) answer(p, { index: p.index, status: 'duplicate', eventId, subject: code });
          this.cache.forget(append.stream);
          return;
        }
        if (outcome.status === 'appended') {
          const position = outcome.result.position;
          for (const { pending: p, eventId, flags } of accepted) {
            answer(p, { index: p.index, status: 'accepted', eventId, subject: code, position: formatPosition(position), flags });
            const last = positions[p.batch];
            if (!last || comparePositions(position, last) > 0) positions[p.batch] = position;
          }
          this.cache.set(append.stream, { state: next, revision: outcome.result.nextExpectedRevision });
          return;
        }
        this.cache.forget(append.stream);
        if (outcome.error instanceof EventIdConflictError) {
          const remaining = refuseReusedRecordIds(outcome.error, accepted, items, answer);
          if (remaining.length > 0) retry.push([code, remaining]);
        } else if (attempt >= this.retry.maxAttempts) {
          throw outcome.error;
        } else {
          contended = true;
          retry.push([code, items]);
        }
      });
      pending = retry;
      // Another writer appended to these subjects first: decide again on their new history.
      if (contended) await pause(this.retry.delay(attempt));
    }
    return batches.map((_, b) => ({ results: results[b], position: positions[b] && formatPosition(positions[b]) }));
  }

  /** The valid items a caller's department may record, by subject; the others are answered at once. */
  private admitted(
    batches: readonly FactBatch[],
    today: LocalDate,
    answer: (p: Pick<Pending, 'batch' | 'index'>, result: ItemResult) => void,
  ) {
    const bySubject = new Map<string, Pending[]>();
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
        const jurisdiction = DEPARTMENT_REGISTRY.byRegistryId(caller.department.id)?.region;
        const command: RecordFact = {
          ...validated.command,
          department: caller.department.id,
          ...(jurisdiction ? { jurisdiction } : {}),
          ...(caller.department.roles.includes('credit-office') ? { creditOffice: true } : {}),
        };
        const queue = bySubject.get(command.subject.code) ?? [];
        queue.push({ batch, index, command, caller, correlationId });
        bySubject.set(command.subject.code, queue);
      }),
    );
    return bySubject;
  }

  private async rulesOn(today: LocalDate): Promise<CompiledRuleSet | undefined> {
    const source = this.options.rules;
    return source && 'on' in source ? await source.on(today) : source;
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
      bases.set(stream, {
        cached: false,
        revision: history.length > 0 ? history[history.length - 1].revision : 'no_stream',
        state: foldHistory(this.catalogue, subjectEventsOf(history)),
      });
    }
    return bases;
  }

  /** Decides a subject's pending facts on its basis: answers for the refused ones, the append for the rest, and the state after it. */
  private decideSubject(
    decideFact: Decide,
    code: string,
    items: Pending[],
    basis: DecisionBasis,
    answer: (p: Pending, result: ItemResult) => void,
    recordedOn: LocalDate,
  ): Decided {
    const state = workingCopy(basis.state);
    const accepted: Accepted[] = [];
    let refused = false;
    for (const p of items) {
      const { command, caller, correlationId } = p;
      const decision = decideFact(command, state);
      if (decision.outcome === 'duplicate') {
        answer(p, { index: p.index, status: 'duplicate', eventId: decision.eventId, subject: code });
      } else if (decision.outcome === 'rejected') {
        refused = true;
        answer(p, refusedByHistory(p.index, decision.error));
      } else {
        // Later items see this one (a penalty and its correction in one batch).
        for (const event of decision.events) applyInPlace(this.catalogue, state, event);
        // The recorder's day (Asia/Shanghai, its clock): the day a 双公示 record reached the platform, for the statistics.
        const metadata = { correlationId, department: caller.department.id, actor: caller.keyId, recordedOn };
        accepted.push({ pending: p, eventId: decision.events[0].id, flags: command.flags, events: newEvents(decision.events, metadata) });
      }
    }
    const append: StreamAppend = {
      stream: subjectStream(code),
      events: accepted.flatMap((a) => a.events),
      expectedRevision: basis.revision,
    };
    return { code, items, accepted, append, refused, next: state };
  }
}

/** A source record id the department already used for another subject: refuse those items, retry the rest. */
function refuseReusedRecordIds(
  error: EventIdConflictError,
  attempted: readonly Accepted[],
  remaining: Pending[],
  answer: (p: Pending, result: ItemResult) => void,
): Pending[] {
  const reused = new Set(error.eventIds);
  const refused = new Set(attempted.filter((a) => reused.has(a.eventId)).map((a) => a.pending));
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
