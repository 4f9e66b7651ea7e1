import { eventType, type Event } from '#kernel';
import type { RuleSetDocument } from '#rules';

/** The rule-set lifecycle is audited like everything else: its own stream in the event store. */
export const RULE_SET_STREAM = 'rule-sets';
export const RULE_SET_PUBLISHED = eventType('rules', 'RuleSetPublished', 1);
export const RULE_SET_ACTIVATED = eventType('rules', 'RuleSetActivated', 1);
export const RULE_SET_REEVALUATED = eventType('rules', 'RuleSetReevaluated', 1);

export interface RuleSetPublishedData {
  readonly id: string;
  readonly version: string;
  /** sha256 of the document's canonical JSON: the same version can never be published with other content. */
  readonly digest: string;
  readonly document: RuleSetDocument;
}

export interface RuleSetActivatedData {
  readonly id: string;
  readonly version: string;
  readonly digest: string;
  /** Listing changes the activation causes take effect on this date; nothing before it is rewritten. */
  readonly effectiveFrom: string;
  readonly previous?: { readonly id: string; readonly version: string };
}

export interface RuleSetReevaluatedData {
  readonly version: string;
  readonly activationEventId: string;
  readonly subjects: number;
  readonly listed: number;
  readonly delisted: number;
}

export type RuleSetPublished = Event<typeof RULE_SET_PUBLISHED, RuleSetPublishedData>;
export type RuleSetActivated = Event<typeof RULE_SET_ACTIVATED, RuleSetActivatedData>;
export type RuleSetReevaluated = Event<typeof RULE_SET_REEVALUATED, RuleSetReevaluatedData>;
/** The events of the rule-sets stream. */
export type RuleSetEvent = RuleSetPublished | RuleSetActivated | RuleSetReevaluated;
