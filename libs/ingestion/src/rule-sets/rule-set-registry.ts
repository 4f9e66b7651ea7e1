import { createHash } from 'node:crypto';
import { canonicalJson } from '#credit';
import type { EventStore } from '#event-store';
import { compileRuleSet, type CompiledRuleSet, type RuleSetDocument } from '#rules';
import { derivedEventId } from '../fact-event-id.js';
import { RULE_SET_ACTIVATED, RULE_SET_PUBLISHED, RULE_SET_STREAM, type RuleSetActivatedData, type RuleSetPublishedData } from './rule-set-events.js';

export class RuleSetLifecycleError extends Error {}

export interface RuleSetHistory {
  readonly published: Map<string, RuleSetPublishedData>;
  readonly activations: { readonly eventId: string; readonly data: RuleSetActivatedData }[];
}

export async function ruleSetHistory(store: EventStore): Promise<RuleSetHistory> {
  const published = new Map<string, RuleSetPublishedData>();
  const activations: RuleSetHistory['activations'] = [];
  for (const event of await store.readStream(RULE_SET_STREAM)) {
    if (event.type === RULE_SET_PUBLISHED) {
      const data = event.data as unknown as RuleSetPublishedData;
      published.set(data.version, data);
    } else if (event.type === RULE_SET_ACTIVATED) activations.push({ eventId: event.id, data: event.data as unknown as RuleSetActivatedData });
  }
  return { published, activations };
}

export function digestOf(document: RuleSetDocument): string {
  return createHash('sha256').update(canonicalJson(document)).digest('hex');
}

/** Publishes a validated rule set: idempotent for the same content; another content under a published version is refused. */
export async function publishRuleSet(store: EventStore, document: RuleSetDocument, actor: string): Promise<{ digest: string; alreadyPublished: boolean }> {
  const digest = digestOf(document);
  const earlier = (await ruleSetHistory(store)).published.get(document.version);
  if (earlier) {
    if (earlier.digest !== digest) throw new RuleSetLifecycleError(`version ${document.version} is already published with other content (${earlier.digest.slice(0, 12)}…): give the new rule set a new version`);
    return { digest, alreadyPublished: true };
  }
  const data: RuleSetPublishedData = { id: document.ruleSet, version: document.version, digest, document };
  await store.append(
    RULE_SET_STREAM,
    [{ id: derivedEventId(digest, 'published'), type: RULE_SET_PUBLISHED, data: data as never, metadata: { correlationId: digest, actor } }],
    { expectedRevision: 'any' },
  );
  return { digest, alreadyPublished: false };
}

/** The rule set in force: the last one activated, or `fallback` (the shipped rule set) before any activation. */
export async function activeRuleSet(store: EventStore, fallback: CompiledRuleSet): Promise<CompiledRuleSet> {
  const history = await ruleSetHistory(store);
  const last = history.activations.at(-1);
  if (!last) return fallback;
  const published = history.published.get(last.data.version)!;
  return published.digest === digestOf(fallback.document) ? fallback : compileRuleSet(published.document);
}
