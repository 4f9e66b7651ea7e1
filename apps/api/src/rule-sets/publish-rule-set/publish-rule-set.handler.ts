import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '#event-store';
import { publishRuleSet, RuleSetLifecycleError } from '#ingestion';
import { parseRuleSetTexts } from '#runtime';
import { EVENT_STORE } from '../../shared/storage.tokens.js';
import { lifecycleActor } from '../rule-set-problem.js';
import { PublishRuleSetCommand, type PublishRuleSetOutcome } from './publish-rule-set.command.js';

@CommandHandler(PublishRuleSetCommand)
export class PublishRuleSetHandler implements ICommandHandler<PublishRuleSetCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ files, caller }: PublishRuleSetCommand): Promise<PublishRuleSetOutcome> {
    const parsed = parseRuleSetTexts(files);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    const { ruleSet: id, version } = parsed.ruleSet;
    try {
      const { digest, alreadyPublished } = await publishRuleSet(this.store, parsed.ruleSet, lifecycleActor(caller));
      return { ok: true, published: { id, version, digest, alreadyPublished } };
    } catch (error) {
      if (error instanceof RuleSetLifecycleError) return { ok: false, refused: error };
      throw error;
    }
  }
}
