import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '#event-store';
import { digestOf, ruleSetHistory, type RuleSetsInForce } from '#ingestion';
import { todayInShanghai, type Clock } from '#kernel';
import { CLOCK, EVENT_STORE, RULE_SETS } from '../../shared/storage.tokens.js';
import { ListRuleSetsQuery, type RuleSetsOverview } from './list-rule-sets.query.js';

@QueryHandler(ListRuleSetsQuery)
export class ListRuleSetsHandler implements IQueryHandler<ListRuleSetsQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(RULE_SETS) private readonly ruleSets: RuleSetsInForce,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<RuleSetsOverview> {
    const asOf = todayInShanghai(this.clock.now());
    const history = await ruleSetHistory(this.store);
    const { document } = this.ruleSets.shipped;
    const shipped = { id: document.ruleSet, version: document.version, digest: digestOf(document) };
    const activations = history.activations.map(({ data, recordedAt, actor }) => ({
      id: data.id,
      version: data.version,
      digest: data.digest,
      effectiveFrom: data.effectiveFrom,
      ...(data.previous ? { previous: data.previous } : {}),
      activatedAt: recordedAt,
      ...(actor ? { actor } : {}),
    }));
    // As RuleSetTimeline.on: the last activation recorded whose date has come.
    const current = activations.filter((a) => a.effectiveFrom <= asOf).at(-1);
    return {
      asOf,
      inForce: current
        ? { id: current.id, version: current.version, digest: current.digest, since: current.effectiveFrom, shipped: false }
        : { ...shipped, shipped: true },
      shipped,
      published: [...history.published.values()].map((p) => {
        const { recordedAt, actor } = history.publications.get(p.version)!;
        return {
          id: p.id,
          version: p.version,
          digest: p.digest,
          effectiveFrom: p.document.effectiveFrom,
          publishedAt: recordedAt,
          ...(actor ? { actor } : {}),
        };
      }),
      activations,
    };
  }
}
