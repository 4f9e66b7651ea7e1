/** One fact to POST, with the department whose key sends it. */
export interface PostItem {
  readonly department: string;
  readonly fact: { readonly subject: { readonly code: string } } & Record<string, unknown>;
}

export interface ItemAnswer {
  readonly status: string;
  readonly eventId?: string;
}

export interface PosterReport {
  readonly requests: number;
  /** Requests that got no answer (connection refused or reset: the api was down) or a 5xx, and were sent again. */
  readonly networkErrors: number;
  readonly serverErrors: number;
  /** The last answer to each item, in the order of the items. */
  readonly answers: readonly ItemAnswer[];
}

export interface PosterOptions {
  readonly workers: number;
  readonly batchSize: number;
  readonly retryDelayMs: number;
  /** A request that has failed for this long in a row fails the run. */
  readonly giveUpAfterMs: number;
}

/**
 * POSTs facts to /v1/facts from several concurrent workers, as a careful client does: each subject's facts
 * go through one worker, in order, and a request that gets no answer or a 5xx is sent again with the same
 * items until it is answered. `onAnswered` hears the number of items answered so far.
 */
export async function postFacts(
  baseUrl: string,
  keys: Record<string, string>,
  items: readonly PostItem[],
  options: PosterOptions,
  onAnswered: (items: number) => void = () => {},
): Promise<PosterReport> {
  const answers: ItemAnswer[] = new Array(items.length);
  const counts = { requests: 0, networkErrors: 0, serverErrors: 0, answered: 0 };
  const queues: number[][] = Array.from({ length: options.workers }, () => []);
  items.forEach((item, index) => queues[workerOf(item.fact.subject.code, options.workers)].push(index));

  const send = async (batch: number[]): Promise<void> => {
    const { department } = items[batch[0]];
    const body = JSON.stringify({ items: batch.map((i) => items[i].fact) });
    for (const failingSince = Date.now(); ;) {
      counts.requests++;
      let failure: string;
      try {
        const response = await fetch(`${baseUrl}/v1/facts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': keys[department] },
          body,
          signal: AbortSignal.timeout(30_000),
        });
        const answer = (await response.json()) as { results?: ItemAnswer[] };
        if (response.status < 500) {
          batch.forEach((index, i) => (answers[index] = answer.results?.[i] ?? { status: `http ${response.status}` }));
          onAnswered((counts.answered += batch.length));
          return;
        }
        counts.serverErrors++;
        failure = `${response.status} ${JSON.stringify(answer)}`;
      } catch (error) {
        counts.networkErrors++;
        failure = String((error as Error).cause ?? error);
      }
      if (Date.now() - failingSince > options.giveUpAfterMs)
        throw new Error(`POST /v1/facts failed for ${options.giveUpAfterMs} ms: ${failure}`);
      await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs));
    }
  };

  const work = async (queue: number[]) => {
    for (let at = 0; at < queue.length;) {
      // A batch is one department's consecutive facts in this worker's queue.
      const batch = [queue[at++]];
      while (at < queue.length && batch.length < options.batchSize && items[queue[at]].department === items[batch[0]].department)
        batch.push(queue[at++]);
      await send(batch);
    }
  };
  await Promise.all(queues.map(work));
  return { requests: counts.requests, networkErrors: counts.networkErrors, serverErrors: counts.serverErrors, answers };
}

function workerOf(subjectCode: string, workers: number): number {
  let hash = 0;
  for (const char of subjectCode) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return hash % workers;
}
