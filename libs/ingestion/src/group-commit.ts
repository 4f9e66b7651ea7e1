import type { BatchResult, FactBatch, FactRecorder } from './record-facts.js';

interface Waiting {
  readonly batch: FactBatch;
  resolve(result: BatchResult): void;
  reject(error: unknown): void;
}

/**
 * Concurrent callers share writes: while one write is in flight, the batches that arrive wait and go
 * together in the next (one read, one append), up to `maxItems` facts. A lone caller waits for nothing.
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
          for (const w of group) w.reject(error);
        }
      }
    } finally {
      this.writing = false;
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
