import type { DataSource } from 'typeorm';
import { comparePositions, type GlobalPosition } from '#event-store';

/**
 * Read your writes: waits until every named projection's active generation has passed `position`
 * (each batch commits its checkpoint with its rows). Returns false when `timeoutMs` runs out first.
 */
export async function projectionsReached(
  db: DataSource,
  projections: readonly string[],
  position: GlobalPosition,
  timeoutMs: number,
  pollMs = 10,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows: { commit_position: string; prepare_position: string }[] = await db.query(
      `SELECT c.commit_position::text AS commit_position, c.prepare_position::text AS prepare_position
         FROM projections p JOIN projection_checkpoints c ON c.projection = p.name AND c.generation = p.active_generation
        WHERE p.name = ANY($1::text[])`,
      [projections],
    );
    const reached =
      rows.length === projections.length &&
      rows.every((r) => comparePositions({ commit: BigInt(r.commit_position), prepare: BigInt(r.prepare_position) }, position) >= 0);
    if (reached) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, Math.min(pollMs, Math.max(1, deadline - Date.now()))));
  }
}
