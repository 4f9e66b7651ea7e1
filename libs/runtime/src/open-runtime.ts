import { FactCatalogue } from '#credit';
import { RuleSetsInForce } from '#ingestion';
import { systemClock, todayInShanghai, type Clock } from '#kernel';
import { allProjections, type Projection } from '#read-model';
import { publicationPeriodsOf, type CompiledRuleSet } from '#rules';
import type { JiangchengConfig } from './config.js';
import { loadShippedRuleSet } from './rule-set-directory.js';
import { openStorage, type Storage } from './storage.js';

/** What every process (api, cli, projector) works with, composed in one place. */
export interface Runtime {
  readonly config: JiangchengConfig;
  readonly storage: Storage;
  readonly catalogue: FactCatalogue;
  readonly clock: Clock;
  /** Each activation's rule set from its effective date, as the rule-set stream has it now: record and query with it. */
  readonly ruleSets: RuleSetsInForce;
  /** The rule set in force on the day the runtime was opened: the projections' publication periods and the api's parameter checks. */
  readonly rules: CompiledRuleSet;
  /** Their publication periods come from `rules`. */
  readonly projections: Projection[];
}

export interface RuntimeOverrides {
  readonly clock?: Clock;
  /** Instead of the shipped rule set as the first publication (tests). */
  readonly shipped?: CompiledRuleSet;
}

/** Opens storage and composes the runtime on it; the storage is closed again when composing fails. */
export async function openRuntime(config: JiangchengConfig, overrides: RuntimeOverrides = {}): Promise<Runtime> {
  const storage = await openStorage(config);
  try {
    return await runtimeOn(config, storage, overrides);
  } catch (error) {
    await storage.close();
    throw error;
  }
}

/** The runtime on storage already open (the api's tests open their own). */
export async function runtimeOn(config: JiangchengConfig, storage: Storage, overrides: RuntimeOverrides = {}): Promise<Runtime> {
  const catalogue = new FactCatalogue();
  const clock = overrides.clock ?? systemClock;
  const ruleSets = new RuleSetsInForce(storage.eventStore, overrides.shipped ?? loadShippedRuleSet());
  const rules = await ruleSets.on(todayInShanghai(clock.now()));
  return {
    config,
    storage,
    catalogue,
    clock,
    ruleSets,
    rules,
    projections: allProjections(publicationPeriodsOf(rules.document), catalogue),
  };
}
