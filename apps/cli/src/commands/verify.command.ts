import pg from 'pg';
import { formatPosition } from '#event-store';
import type { BrokenLink, RecordedHead, VerifyProgress } from '#event-store/postgres';
import { openStorage, poolConfig, verifyEventLog, type JiangchengConfig } from '#runtime';

export const VERIFY_BROKEN = 3;

/** Checks the whole log; the summary goes to stdout as JSON, progress and the first broken link to stderr. */
export async function verifyCommand(config: JiangchengConfig, options: { head?: string } = {}): Promise<number> {
  const { head } = options;
  const recorded = head === undefined ? undefined : /^(\d{1,19}):([0-9a-fA-F]{64})$/.exec(head);
  if (head !== undefined && !recorded) {
    console.error(`--head must be <seal number>:<64 hex digits> as verify printed it, not "${head}"`);
    return 1;
  }
  const recordedHeads: RecordedHead[] = recorded ? [{ sealNumber: recorded[1], hash: recorded[2] }] : [];
  if (config.eventStoreUrl) {
    console.error(
      'verify is not applicable to KurrentDB (EVENTSTORE_URL): its log is append-only on the server and cannot be edited in place; ' +
        'events leave it only by stream deletion, truncation or scavenging, which its own $all and stream metadata record. Check those with KurrentDB tools.',
    );
    return 2;
  }
  const storage = await openStorage(config);
  const pool = new pg.Pool(poolConfig(storage.connection, 1));
  try {
    const verification = await verifyEventLog(pool, progressOnStderr(), recordedHeads);
    const { stream, global } = verification.firstBroken;
    const summary = {
      intact: verification.broken === 0,
      events: verification.events,
      sealed: verification.sealed,
      unsealed: verification.unsealed,
      head: verification.head && { ...verification.head, position: formatPosition(verification.head.position) },
      broken: verification.broken,
      firstBroken: { stream: stream && printable(stream), global: global && printable(global) },
    };
    console.log(JSON.stringify(summary));
    for (const link of [stream, global]) if (link) console.error(describe(link));
    if (verification.broken === 0) {
      console.error(
        `intact: ${verification.events} events on their stream chains, ${verification.sealed} sealed in the global order (${verification.unsealed} not sealed yet)`,
      );
      if (verification.head)
        console.error(
          `keep this head outside the database and pass it next time: --head ${verification.head.sealNumber}:${verification.head.hash}`,
        );
    }
    return verification.broken === 0 ? 0 : VERIFY_BROKEN;
  } finally {
    await pool.end();
    await storage.close();
  }
}

function printable(link: BrokenLink) {
  return { ...link, position: link.position && formatPosition(link.position) };
}

function describe(link: BrokenLink): string {
  const where = [
    link.stream !== undefined && `stream ${link.stream}`,
    link.revision !== undefined && `revision ${link.revision}`,
    link.position && `position ${formatPosition(link.position)}`,
    link.eventId && `event ${link.eventId}`,
  ].filter(Boolean);
  return `broken ${link.chain} chain: ${link.problem} at ${where.join(', ')}: ${link.detail}`;
}

/** A line rewritten in place on a terminal; elsewhere a line every few seconds and at the end of each phase. */
function progressOnStderr(): (progress: VerifyProgress) => void {
  let lastLine = 0;
  return ({ phase, done, total }) => {
    const text = `verify ${phase}: ${done}/${total} (${total ? Math.floor((done * 100) / total) : 100}%)`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${text}${done >= total ? '\n' : ''}`);
    } else if (done >= total || Date.now() - lastLine > 2000) {
      lastLine = Date.now();
      process.stderr.write(`${text}\n`);
    }
  };
}
