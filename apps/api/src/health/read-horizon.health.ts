import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { DataSource } from 'typeorm';
import { readHorizon } from '#read-model';
import { READ_MODELS } from '../shared/storage.tokens.js';
import { READINESS_THRESHOLDS, type ReadinessThresholds } from './readiness-thresholds.js';

/**
 * `degraded` while a transaction somewhere in the PostgreSQL cluster has kept appended events unreadable
 * for longer than the threshold. Publicly only since when; `cli projections` names its database, pid and xid.
 */
@Injectable()
export class ReadHorizonHealth {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(READINESS_THRESHOLDS) private readonly thresholds: ReadinessThresholds,
    private readonly health: HealthIndicatorService,
  ) {}

  async check() {
    const indicator = this.health.check('readHorizon');
    try {
      const { heldBackEvents, holder } = await readHorizon(this.readModels);
      const since = holder?.since ?? undefined;
      const openSeconds = since ? (Date.now() - since.getTime()) / 1000 : 0;
      if (heldBackEvents === 0 || openSeconds <= this.thresholds.horizonSeconds) return indicator.up({ heldBackEvents });
      return indicator.degraded({
        heldBackEvents,
        heldBackSince: since,
        message: `reads held back by a transaction open since ${since!.toISOString()}`,
      });
    } catch {
      return indicator.up({ heldBackEvents: 'unknown' });
    }
  }
}
