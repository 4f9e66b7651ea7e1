import type { DataSource } from 'typeorm';
import { AppendSignal } from '#event-store';
import { deleteDeliveredDeliveries, type RunnerLogger } from '#read-model';
import type { DeliverySettings } from './delivery-settings.js';

/** Deliveries deleted per transaction: each takes its rows' locks for a moment only. */
const DELIVERIES_PER_TRANSACTION = 200;

/**
 * Keeps the outbox to what is still needed: every `everyMs`, deletes the deliveries accepted more than
 * `deliveredRetentionDays` ago (libs/read-model/src/outbox/delivered-retention.ts), a batch at a time until none is left.
 */
export class RetentionSweep {
  private readonly pause = new AppendSignal();

  constructor(
    private readonly db: DataSource,
    private readonly settings: Pick<DeliverySettings, 'deliveredRetentionDays'>,
    private readonly everyMs: number,
    private readonly stop: AbortSignal,
    private readonly logger: RunnerLogger,
  ) {}

  async run(): Promise<void> {
    while (!this.stop.aborted) {
      try {
        await this.sweep();
      } catch (error) {
        this.logger.warn(`webhook outbox retention: ${(error as Error).message}; trying again later`, 'RetentionSweep');
      }
      await this.pause.wait(this.everyMs, this.stop);
    }
  }

  /** Deletes every delivery past its retention; returns how many. */
  async sweep(): Promise<number> {
    let deleted = 0;
    for (;;) {
      const batch = await deleteDeliveredDeliveries(this.db, this.settings.deliveredRetentionDays, DELIVERIES_PER_TRANSACTION);
      deleted += batch;
      if (batch < DELIVERIES_PER_TRANSACTION || this.stop.aborted) return deleted;
    }
  }
}
