import { Query } from '@nestjs/cqrs';

export interface RuleSetFiles {
  readonly id: string;
  readonly version: string;
  /** Each file of the rule-set directory by its name in it, as POST /v1/rule-sets takes them. */
  readonly files: Readonly<Record<string, string>>;
}

/** The rule set shipped with this build, as its YAML files: where a new version starts from. */
export class GetShippedRuleSetQuery extends Query<RuleSetFiles> {}
