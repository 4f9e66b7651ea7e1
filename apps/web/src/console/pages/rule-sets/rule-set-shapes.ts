/** The shapes of /v1/rule-sets (apps/api/src/rule-sets: list-rule-sets.query.ts, rule-set-openapi.ts). */
export interface RuleSetRef {
  readonly id: string;
  readonly version: string;
  readonly digest: string;
}

export interface PublishedRuleSet extends RuleSetRef {
  readonly effectiveFrom: string;
  readonly publishedAt: string;
  readonly actor?: string;
}

export interface RuleSetActivation extends RuleSetRef {
  readonly effectiveFrom: string;
  readonly previous?: { readonly id: string; readonly version: string };
  readonly activatedAt: string;
  readonly actor?: string;
}

export interface RuleSetsOverview {
  readonly asOf: string;
  readonly inForce: RuleSetRef & { readonly since?: string; readonly shipped: boolean };
  readonly shipped: RuleSetRef;
  readonly published: readonly PublishedRuleSet[];
  readonly activations: readonly RuleSetActivation[];
}

export interface RuleSetFiles {
  readonly id: string;
  readonly version: string;
  readonly files: Readonly<Record<string, string>>;
}

export interface PublishedVersion {
  readonly id: string;
  readonly version: string;
  readonly digest: string;
  readonly alreadyPublished: boolean;
}

/** Who gains or loses which entries and measures (ActivationPlan of libs/ingestion). */
export interface ActivationPlan {
  readonly from: { readonly id: string; readonly version: string };
  readonly to: { readonly id: string; readonly version: string };
  readonly effectiveFrom: string;
  readonly subjectsExamined: number;
  readonly changes: readonly SubjectChange[];
}

export interface SubjectChange {
  readonly subject: string;
  readonly gained: readonly { readonly listType: string; readonly since?: string; readonly until?: string }[];
  readonly lost: readonly { readonly listType: string; readonly on?: string }[];
  readonly measuresGained: readonly string[];
  readonly measuresLost: readonly string[];
}
