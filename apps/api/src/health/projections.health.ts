import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import { projectionLag, type Projection, type Projector } from '#read-model';
import { EVENT_STORE, PROJECTIONS, PROJECTOR, READ_MODELS } from '../storage/storage.tokens.js';

/** Events behind the log before a projection counts as degraded (still serving, but stale). */
const DEGRADED_LAG = 1000;

@Injectable()
export class ProjectionsHealth {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTIONS) private readonly projections: readonly Projection[],
    @Inject(PROJECTOR) private readonly projector: Projector | undefined,
    private readonly health: HealthIndicatorService,
  ) {}

  checks() {
    return this.projections.map((projection) => () => this.check(projection));
  }

  private async check(projection: Projection) {
    const indicator = this.health.check(`projection:${projection.name}`);
    try {
      const lag = await projectionLag(this.readModels, this.store, projection);
      const runner = this.projector?.status().find((status) => status.projection === projection.name);
      const details = { ...lag, runner: runner ? runner.state : 'other process', lastError: runner?.lastError };
      if (runner?.state === 'failed') return indicator.down(details);
      if (lag.generation === undefined || lag.lagEvents >= DEGRADED_LAG) return indicator.degraded(details);
      return indicator.up(details);
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
