import type { Caller, FactInput } from '#credit';
import type { FactRecorder } from './record-facts.js';
import { rejected, type ItemProblem } from './item-result.js';

export interface ImportProgress {
  readonly lines: number;
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: number;
}

export interface RejectedLine {
  readonly line: number;
  readonly problem: ItemProblem;
}

export interface ImportOptions {
  readonly batchSize?: number;
  readonly correlationId: string;
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly onRejected?: (line: RejectedLine) => void;
}

/**
 * Imports facts from NDJSON lines (one fact per line) in batches. A bad line is reported with its
 * line number and skipped; a re-run of the same file records nothing twice.
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

  const reject = (line: number, problem: ItemProblem) => {
    progress.rejected++;
    options.onRejected?.({ line, problem });
  };
  const flush = async () => {
    if (batch.length === 0) return;
    const { results } = await recorder.record(batch.map((b) => b.item), caller, options.correlationId);
    results.forEach((result, i) => {
      if (result.status === 'accepted') progress.accepted++;
      else if (result.status === 'duplicate') progress.duplicates++;
      else reject(batch[i].line, result.problem);
    });
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
      const notJson = rejected(line, 400, 'invalid-json', 'The line is not JSON', [{ field: '$', reason: (error as Error).message }]);
      if (notJson.status === 'rejected') reject(line, notJson.problem);
      continue;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      reject(line, { type: 'https://jiangcheng.dev/problems/invalid-fact', title: 'The line is not a fact', status: 422, detail: 'each line must be one JSON object', errors: [{ field: '$', reason: 'must be a JSON object' }] });
      continue;
    }
    batch.push({ line, item: item as FactInput });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return progress;
}
