import { Query } from '@nestjs/cqrs';

export interface RuleSetRef {
  readonly id: string;
  readonly version: string;
  readonly digest: string;
}

export interface PublishedRuleSet extends RuleSetRef {
  /** The rule set's own effectiveFrom (its head file). */
  readonly effectiveFrom: string;
  readonly publishedAt: string;
  readonly actor?: string;
}

export interface RuleSetActivationView extends RuleSetRef {
  readonly effectiveFrom: string;
  readonly previous?: { readonly id: string; readonly version: string };
  readonly activatedAt: string;
  readonly actor?: string;
}

export interface RuleSetsOverview {
  readonly asOf: string;
  /** The rule set in force today: the last activation effective by today, else the shipped one (`since` absent). */
  readonly inForce: RuleSetRef & { readonly since?: string; readonly shipped: boolean };
  /** The rule set shipped with this build: the first publication, in force before any activation. */
  readonly shipped: RuleSetRef;
  /** In the order published. */
  readonly published: readonly PublishedRuleSet[];
  /** In the order recorded; one effective after today is scheduled. */
  readonly activations: readonly RuleSetActivationView[];
}

/** Published versions, activations and the version in force today. */
export class ListRuleSetsQuery extends Query<RuleSetsOverview> {}
