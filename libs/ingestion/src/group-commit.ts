import { WrongExpectedRevisionError } from '#event-store';
import type { BatchResult, FactBatch, FactRecorder } from './record-facts.js';

interface Waiting {
  readonly batch: FactBatch;
  resolve(result: BatchResult): void;
  reject(error: unknown): void;
}

/**
 * Concurrent callers share writes: while one write is in flight, the batches that arrive wait and go
 * together in the next (one read, one append), up to `maxItems` facts. A lone caller waits for nothing.
 * A grouped write the store refuses is written again batch by batch, so only the batch at fault fails.
 */
export class GroupCommit {
  private waiting: Waiting[] = [];
  private writing = false;

  constructor(
    private readonly recorder: Pick<FactRecorder, 'recordBatches'>,
    private readonly maxItems = 1000,
    /** Told how many facts each write carried (for metrics). */
    private readonly onWrite?: (facts: number) => void,
  ) {}

  record(batch: FactBatch): Promise<BatchResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ batch, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.waiting.length > 0) {
        const group = this.nextGroup();
        try {
          this.onWrite?.(group.reduce((facts, w) => facts + w.batch.items.length, 0));
          const results = await this.recorder.recordBatches(group.map((w) => w.batch));
          group.forEach((w, i) => w.resolve(results[i]));
        } catch (error) {
          // Contention persisting after the recorder's retries is everyone's; writing alone would not help.
          if (group.length === 1 || error instanceof WrongExpectedRevisionError) for (const w of group) w.reject(error);
          else await this.writeEachAlone(group);
        }
      }
    } finally {
      this.writing = false;
    }
  }

  private async writeEachAlone(group: readonly Waiting[]): Promise<void> {
    for (const w of group) {
      try {
        const [result] = await this.recorder.recordBatches([w.batch]);
        w.resolve(result);
      } catch (error) {
        w.reject(error);
      }
    }
  }

  private nextGroup(): Waiting[] {
    const group = [this.waiting.shift()!];
    let items = group[0].batch.items.length;
    while (this.waiting.length > 0 && items + this.waiting[0].batch.items.length <= this.maxItems) {
      items += this.waiting[0].batch.items.length;
      group.push(this.waiting.shift()!);
    }
    return group;
  }
}
