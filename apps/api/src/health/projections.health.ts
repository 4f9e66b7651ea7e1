import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import { ParkedEvents, projectionLag, projectionRunnerActive, type ParkedCount, type Projection, type Projector } from '#read-model';
import { EVENT_STORE, PROJECTIONS, PROJECTOR, READ_MODELS } from '../shared/storage.tokens.js';
import { READINESS_THRESHOLDS, type ReadinessThresholds } from './readiness-thresholds.js';

/**
 * Each projection: `down` when its runner failed; `degraded` (still serving, but stale or incomplete)
 * when no process runs it, when it has parked events, or when it trails the log beyond the thresholds.
 * Only codes and counts here: the full error texts are for `cli projections parked`.
 */
@Injectable()
export class ProjectionsHealth {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTIONS) private readonly projections: readonly Projection[],
    @Inject(PROJECTOR) private readonly projector: Projector | undefined,
    @Inject(READINESS_THRESHOLDS) private readonly thresholds: ReadinessThresholds,
    private readonly health: HealthIndicatorService,
  ) {}

  checks() {
    let parked: Promise<ParkedCount[]> | undefined;
    const parkedCounts = () => (parked ??= new ParkedEvents(this.readModels).counts());
    return this.projections.map((projection) => () => this.check(projection, parkedCounts));
  }

  private async check(projection: Projection, parkedCounts: () => Promise<ParkedCount[]>) {
    const indicator = this.health.check(`projection:${projection.name}`);
    try {
      const lag = await projectionLag(this.readModels, this.store, projection);
      const parked = (await parkedCounts()).find((count) => count.projection === projection.name);
      const runner = await this.runnerState(projection);
      const details = {
        ...lag,
        runner: runner.state,
        lastError: runner.lastError,
        parked: parked ? { count: parked.count, firstErrorCode: parked.firstErrorCode, since: parked.since } : undefined,
      };
      if (runner.state === 'failed') return indicator.down(details);
      const reasons = [
        lag.generation === undefined && 'not created yet',
        runner.state === 'none' && 'no projector is running',
        parked && `${parked.count} event(s) parked`,
        (lag.lagEvents > this.thresholds.lagEvents || lag.lagSeconds > this.thresholds.lagSeconds) &&
          `behind the log by ${lag.lagEvents}${lag.lagAtLeast ? '+' : ''} events (${lag.lagSeconds} s)`,
      ].filter((reason): reason is string => typeof reason === 'string');
      return reasons.length > 0 ? indicator.degraded({ ...details, reasons }) : indicator.up(details);
    } catch {
      return indicator.down({ message: 'read models unavailable' });
    }
  }

  /** This process's runner if it has one; otherwise whether any process holds the projection's runner lock. */
  private async runnerState(projection: Projection): Promise<{ state: string; lastError?: string }> {
    const local = this.projector?.status().find((status) => status.projection === projection.name);
    if (local && local.state !== 'standby') return { state: local.state, lastError: local.lastError };
    const active = await projectionRunnerActive(this.readModels, projection.name);
    return { state: active ? 'other process' : 'none' };
  }
}
