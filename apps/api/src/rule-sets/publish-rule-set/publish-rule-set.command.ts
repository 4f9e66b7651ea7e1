import { Command } from '@nestjs/cqrs';
import type { Caller } from '#credit';
import type { RuleSetLifecycleError } from '#ingestion';
import type { RuleSetProblem } from '#rules';

export interface PublishedVersion {
  readonly id: string;
  readonly version: string;
  readonly digest: string;
  /** The same content was published before: nothing was recorded. */
  readonly alreadyPublished: boolean;
}

export type PublishRuleSetOutcome =
  | { readonly ok: true; readonly published: PublishedVersion }
  | { readonly ok: false; readonly problems: readonly RuleSetProblem[] }
  | { readonly ok: false; readonly refused: RuleSetLifecycleError };

/** Publishes a rule set given as its files' texts (read as the CLI reads a rule-set directory). */
export class PublishRuleSetCommand extends Command<PublishRuleSetOutcome> {
  constructor(
    readonly files: Readonly<Record<string, string>>,
    readonly caller: Caller,
  ) {
    super();
  }
}
