import type { DepartmentDirectory, FactCatalogue } from '#credit';
import type { EventSealer } from '#event-store';
import type { ExpirySchedule } from '#ingestion';
import type { Clock } from '#kernel';
import type { Projection, Projector } from '#read-model';
import type { CompiledRuleSet } from '#rules';
import type { JiangchengConfig, Storage } from '#runtime';
import type { ApiMetrics } from '../metrics/api-metrics.js';

/** What the api runs on, opened before Nest starts. */
export interface ApiRuntime {
  readonly config: JiangchengConfig;
  readonly storage: Storage;
  readonly projections: readonly Projection[];
  /** Present only when this process runs the projections itself (embedded mode). */
  readonly projector?: Projector;
  /** The expiry job, run alongside the projections. */
  readonly expiry?: ExpirySchedule;
  /** Extends the log's global hash chain, run alongside the projections. */
  readonly sealer?: EventSealer;
  readonly departments: DepartmentDirectory;
  readonly catalogue: FactCatalogue;
  readonly clock: Clock;
  /** The active rule set: facts are recorded with the listing decisions they cause. */
  readonly rules: CompiledRuleSet;
  readonly metrics: ApiMetrics;
}
