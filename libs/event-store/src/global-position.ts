/**
 * A place in the global event log, ordered by (commit, prepare).
 * PostgreSQL: commit = the appending transaction's id (xid8), prepare = the row's sequence number.
 * EventStoreDB/KurrentDB: the $all commit and prepare positions.
 */
export interface GlobalPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const LOG_START: GlobalPosition = Object.freeze({ commit: -1n, prepare: -1n });

export function comparePositions(a: GlobalPosition, b: GlobalPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

export function isAfter(a: GlobalPosition, b: GlobalPosition): boolean {
  return comparePositions(a, b) > 0;
}

/** The text form used in HTTP answers and `?after=` parameters: `<commit>-<prepare>`. */
export function formatPosition(position: GlobalPosition): string {
  return `${position.commit}-${position.prepare}`;
}

/** Both parts are stored as PostgreSQL bigint (the log, the checkpoints): nothing larger is a position. */
export const MAX_POSITION_PART = 2n ** 63n - 1n;

export function parsePosition(text: string): GlobalPosition | undefined {
  const match = /^(\d{1,19})-(\d{1,19})$/.exec(text.trim());
  if (!match) return undefined;
  const position = { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
  return position.commit <= MAX_POSITION_PART && position.prepare <= MAX_POSITION_PART ? position : undefined;
}
