import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import type { Projection } from '../projections/projection.js';
import { ProjectionRunner, type ProjectionRunnerOptions, type ProjectionStatus } from './projection-runner.js';

/** Runs a set of projections, one runner each. */
export class Projector {
  private readonly runners: ProjectionRunner[];

  constructor(dataSource: DataSource, store: EventStore, projections: readonly Projection[], options?: ProjectionRunnerOptions) {
    this.runners = projections.map((projection) => new ProjectionRunner(dataSource, store, projection, options));
  }

  start(): void {
    for (const runner of this.runners) runner.start();
  }

  status(): ProjectionStatus[] {
    return this.runners.map((runner) => runner.status());
  }

  async close(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.close()));
  }
}
