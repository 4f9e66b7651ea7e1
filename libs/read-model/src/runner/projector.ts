import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import type { Projection } from '../projections/projection.js';
import { ProjectionGenerations } from './projection-generations.js';
import { ProjectionRunner, type ProjectionRunnerOptions, type ProjectionStatus } from './projection-runner.js';

/** Runs a set of projections, one runner each. */
export class Projector {
  private readonly runners: ProjectionRunner[];
  private readonly generations: ProjectionGenerations;

  constructor(
    dataSource: DataSource,
    store: EventStore,
    private readonly projections: readonly Projection[],
    options?: ProjectionRunnerOptions,
  ) {
    this.runners = projections.map((projection) => new ProjectionRunner(dataSource, store, projection, options));
    this.generations = new ProjectionGenerations(dataSource);
  }

  /**
   * Resolves once every projection has tables a reader can query (made here, or by another process), or after
   * `timeoutMs`: a process that serves reads waits for this before it listens, so that its first reader does not
   * meet a table still to be created. It does not wait for a projection to catch up (read-your-writes does that).
   */
  async created(timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let missing = [...this.projections];
    while (missing.length > 0 && Date.now() < deadline) {
      const found = await Promise.all(missing.map((projection) => this.generations.active(projection)));
      missing = missing.filter((_, i) => found[i] === undefined);
      if (missing.length > 0) await sleep(25);
    }
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
