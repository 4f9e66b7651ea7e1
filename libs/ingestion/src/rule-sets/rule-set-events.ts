import type { RuleSetDocument } from '#rules';

/** The rule-set lifecycle is audited like everything else: its own stream in the event store. */
export const RULE_SET_STREAM = 'rule-sets';
export const RULE_SET_PUBLISHED = 'rules.RuleSetPublished.v1';
export const RULE_SET_ACTIVATED = 'rules.RuleSetActivated.v1';
export const RULE_SET_REEVALUATED = 'rules.RuleSetReevaluated.v1';

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
