import { createHash } from 'node:crypto';
import { canonicalJson, derivedEventId } from '#credit';
import type { EventStore } from '#event-store';
import type { LocalDate } from '#kernel';
import { compileRuleSet, RuleSetTimeline, type CompiledRuleSet, type RuleSetDocument } from '#rules';
import {
  RULE_SET_ACTIVATED,
  RULE_SET_PUBLISHED,
  RULE_SET_REEVALUATED,
  RULE_SET_STREAM,
  type RuleSetActivatedData,
  type RuleSetEvent,
  type RuleSetPublishedData,
} from './rule-set-events.js';

export type RuleSetLifecycleErrorCode =
  'version-taken' | 'invalid-effective-from' | 'version-not-published' | 'already-active' | 'effective-from-before-current';

const LIFECYCLE_REFUSALS: Record<RuleSetLifecycleErrorCode, { kind: 'invalid' | 'not-found' | 'conflict'; path: string }> = {
  'version-taken': { kind: 'conflict', path: 'version' },
  'invalid-effective-from': { kind: 'invalid', path: 'effectiveFrom' },
  'version-not-published': { kind: 'not-found', path: 'version' },
  'already-active': { kind: 'conflict', path: 'version' },
  'effective-from-before-current': { kind: 'conflict', path: 'effectiveFrom' },
};

/** A lifecycle step refused: its code says which, its kind and path where the edge (exit code, HTTP status) puts it. */
export class RuleSetLifecycleError extends Error {
  readonly kind: 'invalid' | 'not-found' | 'conflict';
  readonly path: string;

  constructor(
    readonly code: RuleSetLifecycleErrorCode,
    message: string,
  ) {
    super(message);
    ({ kind: this.kind, path: this.path } = LIFECYCLE_REFUSALS[code]);
  }
}

/** When a lifecycle event was recorded (the store's clock) and who asked (`cli:<user>`, `api-key:<key id>`). */
export interface LifecycleRecord {
  readonly recordedAt: string;
  readonly actor?: string;
}

export interface RuleSetHistory {
  readonly published: Map<string, RuleSetPublishedData>;
  /** By version, as `published`. */
  readonly publications: Map<string, LifecycleRecord>;
  readonly activations: ({ readonly eventId: string; readonly data: RuleSetActivatedData } & LifecycleRecord)[];
  /** The activations whose re-evaluation ended (RuleSetReevaluated), by the activation's event id. */
  readonly reevaluated: Set<string>;
}

export async function ruleSetHistory(store: EventStore): Promise<RuleSetHistory> {
  const published = new Map<string, RuleSetPublishedData>();
  const publications = new Map<string, LifecycleRecord>();
  const activations: RuleSetHistory['activations'] = [];
  const reevaluated = new Set<string>();
  for (const event of await store.readStream<RuleSetEvent>(RULE_SET_STREAM)) {
    const record = { recordedAt: event.recordedAt.toISOString(), ...(event.metadata.actor ? { actor: event.metadata.actor } : {}) };
    if (event.type === RULE_SET_PUBLISHED) {
      published.set(event.data.version, event.data);
      publications.set(event.data.version, record);
    } else if (event.type === RULE_SET_ACTIVATED) activations.push({ eventId: event.id, data: event.data, ...record });
    else if (event.type === RULE_SET_REEVALUATED) reevaluated.add(event.data.activationEventId);
  }
  return { published, publications, activations, reevaluated };
}

export function digestOf(document: RuleSetDocument): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}

/** Publishes a validated rule set: idempotent for the same content; another content under a published version is refused. */
export async function publishRuleSet(
  store: EventStore,
  document: RuleSetDocument,
  actor: string,
): Promise<{ digest: string; alreadyPublished: boolean }> {
  const digest = digestOf(document);
  const earlier = (await ruleSetHistory(store)).published.get(document.version);
  if (earlier) {
    if (earlier.digest !== digest)
      throw new RuleSetLifecycleError(
        'version-taken',
        `version ${document.version} is already published with other content (${earlier.digest.slice(0, 12)}…): give the new rule set a new version`,
      );
    return { digest, alreadyPublished: true };
  }
  const data: RuleSetPublishedData = { id: document.ruleSet, version: document.version, digest, document };
  await store.append(
    RULE_SET_STREAM,
    [{ id: derivedEventId(digest, 'published'), type: RULE_SET_PUBLISHED, data: { ...data }, metadata: { correlationId: digest, actor } }],
    { expectedRevision: 'any' },
  );
  return { digest, alreadyPublished: false };
}

/** Each activation's rule set from its effective date, after `shipped` (the first publication, before any activation). */
export async function ruleSetTimeline(store: EventStore, shipped: CompiledRuleSet): Promise<RuleSetTimeline> {
  return timelineOf(await ruleSetHistory(store), shipped);
}

export function timelineOf(history: RuleSetHistory, shipped: CompiledRuleSet): RuleSetTimeline {
  const compiled = new Map<string, CompiledRuleSet>([[digestOf(shipped.document), shipped]]);
  const activations = history.activations.map(({ data }) => {
    const { digest, document } = history.published.get(data.version)!;
    if (!compiled.has(digest)) compiled.set(digest, compileRuleSet(document));
    return { effectiveFrom: data.effectiveFrom as LocalDate, rules: compiled.get(digest)! };
  });
  return new RuleSetTimeline(shipped, activations);
}

/** The last rule set activated (whatever its effective date), or `shipped` before any activation. */
export async function activeRuleSet(store: EventStore, shipped: CompiledRuleSet): Promise<CompiledRuleSet> {
  return (await ruleSetTimeline(store, shipped)).latest;
}
