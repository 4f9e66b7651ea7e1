import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

interface QueuedMessage {
  readonly handlerId: number;
  readonly message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: Error): void;
  onData(data: Uint8Array): void;
}

/** The parts of pglite-socket 0.2.17's private QueryQueueManager this module replaces. */
interface QueueInternals {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  readonly db: PGlite;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

const code = (letter: string) => letter.charCodeAt(0);
/** Parse, Bind, Describe, Execute, Close, Flush: the session's unnamed statement and portal belong to the sender until its Sync. */
const OPENS_BATCH = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map(code));
/** Sync and a simple Query end with ReadyForQuery; Terminate ends the connection. */
const ENDS_BATCH = new Set(['S', 'Q', 'X'].map(code));

/**
 * pglite-socket 0.2.17 serialises single protocol messages across connections and keeps a connection's
 * turn only inside a SQL transaction, so two pooled connections' Parse/Bind/Execute/Sync batches
 * interleave in PGlite's one session and bind against each other's statements (electric-sql/pglite
 * #1046); one failing message also leaves its queue stuck for good. This keeps a connection's turn from
 * its first extended-protocol message to its Sync (and through any transaction), and goes on after a
 * failed message. It replaces private methods, so it checks their shape and refuses to start otherwise.
 */
export function keepExtendedQueryBatchesTogether(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue?: QueueInternals }).queryQueue;
  if (
    !queue ||
    !Array.isArray(queue.queue) ||
    typeof queue.processQueue !== 'function' ||
    typeof queue.clearQueueForHandler !== 'function'
  ) {
    throw new Error(
      'pglite-socket has changed: its query queue is not the one jiangcheng knows (pinned 0.2.17); check electric-sql/pglite#1046 before upgrading',
    );
  }
  let batchOwner: number | null = null;

  queue.processQueue = async function processQueue(): Promise<void> {
    if (queue.processing || queue.queue.length === 0) return;
    queue.processing = true;
    try {
      while (queue.queue.length > 0) {
        const owner = batchOwner ?? (queue.db.isInTransaction() ? queue.lastHandlerId : null);
        const at = owner === null ? 0 : queue.queue.findIndex((q) => q.handlerId === owner);
        if (at === -1) break; // the owner's next message will start the queue again
        const [next] = queue.queue.splice(at, 1);
        const type = next.message[0];
        if (OPENS_BATCH.has(type)) batchOwner = next.handlerId;
        else if (ENDS_BATCH.has(type)) batchOwner = null;
        let bytes = 0;
        try {
          await queue.db.runExclusive(() =>
            queue.db.execProtocolRawStream(next.message, {
              onRawData: (data) => {
                bytes += data.length;
                next.onData(data);
              },
            }),
          );
        } catch (error) {
          next.reject(error as Error);
          continue;
        }
        queue.lastHandlerId = next.handlerId;
        next.resolve(bytes);
      }
    } finally {
      queue.processing = false;
    }
  };

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    if (batchOwner === handlerId) {
      batchOwner = null;
      void queue.processQueue();
    }
  };
}
