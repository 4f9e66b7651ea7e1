import type { Caller, FactInput } from '#credit';
import type { FactRecorder } from './record-facts.js';
import { refusal, type Refusal } from '#kernel';
import type { ItemResult } from './item-result.js';

export interface ImportProgress {
  readonly lines: number;
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: number;
}

/** A line that was not recorded: its number, the kind of refusal, its code and title, and each problem's path. */
export interface RejectedLine extends Refusal {
  readonly line: number;
}

export interface ImportOptions {
  readonly batchSize?: number;
  readonly correlationId: string;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly onRejected?: (line: RejectedLine) => void;
}

/**
 * Imports facts from NDJSON lines (one fact per line) in batches. A bad line is reported with its
 * line number and skipped, also when it is the store that refuses it; a re-run of the same file
 * records nothing twice.
 */
export async function importFacts(
  lines: AsyncIterable<string>,
  recorder: FactRecorder,
  caller: Caller,
  options: ImportOptions,
): Promise<ImportProgress> {
  const batchSize = options.batchSize ?? 500;
  const progress = { lines: 0, accepted: 0, duplicates: 0, rejected: 0 };
  let batch: { line: number; item: FactInput }[] = [];

  const reject = (line: number, { kind, code, title, problems }: Refusal) => {
    progress.rejected++;
    options.onRejected?.({ line, kind, code, title, problems });
  };
  const count = (line: number, result: ItemResult) => {
    if (result.status === 'accepted') progress.accepted++;
    else if (result.status === 'duplicate') progress.duplicates++;
    else reject(line, result);
  };
  const flush = async () => {
    if (batch.length === 0) return;
    try {
      const { results } = await recorder.record(
        batch.map((b) => b.item),
        caller,
        options.correlationId,
      );
      results.forEach((result, i) => count(batch[i].line, result));
    } catch (error) {
      if (batch.length === 1) throw error;
      await recordEachAlone(batch, recorder, caller, options.correlationId, count, reject, error);
    }
    batch = [];
    options.onProgress?.({ ...progress });
  };

  for await (const text of lines) {
    const line = ++progress.lines;
    if (text.trim() === '') continue;
    let item: unknown;
    try {
      item = JSON.parse(text);
    } catch (error) {
      reject(line, refusal('malformed', 'invalid-json', 'The line is not JSON', [{ path: '', reason: (error as Error).message }]));
      continue;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      reject(line, refusal('malformed', 'invalid-fact', 'The line is not a fact', [{ path: '', reason: 'must be a JSON object' }]));
      continue;
    }
    batch.push({ line, item: item as FactInput });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return progress;
}

/**
 * The store refused a batch: each line is written alone, and a line it still refuses is reported.
 * When no line gets through, the store itself is failing (unreachable, full …): the import stops.
 */
async function recordEachAlone(
  batch: readonly { line: number; item: FactInput }[],
  recorder: FactRecorder,
  caller: Caller,
  correlationId: string,
  count: (line: number, result: ItemResult) => void,
  reject: (line: number, refused: Refusal) => void,
  batchError: unknown,
): Promise<void> {
  const refused: { line: number; error: unknown }[] = [];
  for (const { line, item } of batch) {
    try {
      const { results } = await recorder.record([item], caller, correlationId);
      count(line, results[0]);
    } catch (error) {
      refused.push({ line, error });
    }
  }
  if (refused.length === batch.length) throw batchError;
  for (const { line, error } of refused) {
    reject(
      line,
      refusal('invalid', 'refused-by-store', 'The event store refused the fact', [
        { path: '', reason: error instanceof Error ? error.message : String(error) },
      ]),
    );
  }
}
