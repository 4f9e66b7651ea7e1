import type { DepartmentDirectory } from '#credit';
import type { DeliveryService } from '#delivery';
import type { EventSealer } from '#event-store/postgres';
import type { ExpirySchedule } from '#ingestion';
import type { Projector } from '#read-model';
import type { Runtime, WebhookKey } from '#runtime';
import type { ApiMetrics } from '../metrics/api-metrics.js';

/** What the api runs on, opened before Nest starts. */
export interface ApiRuntime extends Runtime {
  /** Present only when this process runs the projections itself (embedded mode). */
  readonly projector?: Projector;
  /** The expiry job, run alongside the projections. */
  readonly expiry?: ExpirySchedule;
  /** Extends the log's global hash chain, run alongside the projections. */
  readonly sealer?: EventSealer;
  /** Webhook delivery (fan-out and worker), run alongside the projections. */
  readonly delivery?: DeliveryService;
  /** The server key webhook secrets are derived from, or why there is none. */
  readonly webhookKey: WebhookKey;
  readonly departments: DepartmentDirectory;
  readonly metrics: ApiMetrics;
}
