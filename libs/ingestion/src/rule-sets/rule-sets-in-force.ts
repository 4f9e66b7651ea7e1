import type { EventStore } from '#event-store';
import type { LocalDate } from '#kernel';
import type { CompiledRuleSet, RuleSetTimeline } from '#rules';
import type { RuleSetsByDate } from '../record-facts.js';
import { RULE_SET_STREAM } from './rule-set-events.js';
import { ruleSetTimeline } from './rule-set-registry.js';

/**
 * The rule-set timeline as the rule-set stream has it now: a long-running process sees an activation
 * another process records without a restart. Reads the stream again only when it has grown.
 */
export class RuleSetsInForce implements RuleSetsByDate {
  private known?: { readonly revision: number; readonly timeline: Promise<RuleSetTimeline> };

  constructor(
    private readonly store: EventStore,
    /** The first publication, in force before any activation (what preview and activation compare against first). */
    readonly shipped: CompiledRuleSet,
  ) {}

  async on(date: LocalDate): Promise<CompiledRuleSet> {
    return (await this.timeline()).on(date);
  }

  async timeline(): Promise<RuleSetTimeline> {
    const [last] = await this.store.readStream(RULE_SET_STREAM, { direction: 'backwards', maxCount: 1 });
    const revision = last?.revision ?? -1;
    if (this.known?.revision !== revision) {
      const known = { revision, timeline: ruleSetTimeline(this.store, this.shipped) };
      // a failed read is not kept: the next call reads again
      known.timeline.catch(() => this.known === known && (this.known = undefined));
      this.known = known;
    }
    return this.known.timeline;
  }
}
