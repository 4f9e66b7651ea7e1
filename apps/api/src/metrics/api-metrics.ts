import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import { parkedEventCounts, projectionLag, type Projection } from '#read-model';

/** What the api exposes on /metrics; one registry per app, so tests can run several apps in one process. */
export class ApiMetrics {
  readonly registry = new Registry();

  readonly requestDuration = new Histogram({
    name: 'jiangcheng_http_request_duration_seconds',
    help: 'HTTP request durations, by route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly appends = {
    events: new Counter({
      name: 'jiangcheng_appended_events_total',
      help: 'Events appended to the store by this process',
      labelNames: ['operation'] as const,
      registers: [this.registry],
    }),
    batches: new Counter({
      name: 'jiangcheng_append_batches_total',
      help: 'Appends (transactions) that wrote events',
      labelNames: ['operation'] as const,
      registers: [this.registry],
    }),
  };

  readonly groupCommitSize = new Histogram({
    name: 'jiangcheng_group_commit_facts',
    help: 'Facts written together by one group commit',
    buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000],
    registers: [this.registry],
  });

  constructor(readModels: DataSource, store: EventStore, projections: readonly Projection[]) {
    collectDefaultMetrics({ register: this.registry, prefix: 'jiangcheng_' });
    new Gauge({
      name: 'jiangcheng_projection_lag_events',
      help: 'Events in the log after the projection checkpoint (read at scrape time; counted up to 10,000)',
      labelNames: ['projection'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const projection of projections) {
          const lag = await projectionLag(readModels, store, projection);
          this.set({ projection: projection.name }, lag.lagEvents);
        }
      },
    });
    new Gauge({
      name: 'jiangcheng_projection_parked_events',
      help: 'Events a projection could not apply and set aside (read at scrape time)',
      labelNames: ['projection'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const projection of projections) this.set({ projection: projection.name }, 0);
        for (const { projection, parked } of await parkedEventCounts(readModels)) this.set({ projection }, parked);
      },
    });
  }
}
