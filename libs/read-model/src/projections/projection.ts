import { ofTypes, type RecordedEvent } from '#event-store';
import type { Event } from '#kernel';

/** Runs SQL inside the projection's batch transaction. */
export interface ProjectionTransaction {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** Physical table name for each of the projection's logical tables, in the generation being written. */
export type ProjectionTables<Table extends string = string> = Readonly<Record<Table, string>>;

/**
 * A read model built from the global event log, typed by the events it handles (`E`, a union of domain
 * events). Queries read the logical table names (views); the runner writes the physical tables of one
 * generation, so a rebuild never shows half its work.
 */
export interface Projection<E extends Event = Event, Table extends string = string> {
  readonly name: string;
  /** Bump when the tables or the meaning of `apply` change: the runner then rebuilds from zero. */
  readonly version: number;
  readonly tables: readonly Table[];
  /** DDL for one generation's physical tables. */
  createTables(tables: ProjectionTables<Table>): string[];
  /**
   * The stored types of the events it applies; the runner hands it only those (the checkpoint still
   * moves past the others). Absent: every event, as the store holds it.
   */
  readonly canHandle?: readonly E['type'][];
  /** Applies a batch in the runner's transaction. The runner never applies the same batch twice. */
  apply(events: readonly RecordedEvent<E>[], db: ProjectionTransaction, tables: ProjectionTables<Table>): Promise<void>;
}

/** The events of a batch that `projection` applies, in log order. */
export function handledBy(projection: Pick<Projection, 'canHandle'>, events: readonly RecordedEvent[]): readonly RecordedEvent<Event>[] {
  return projection.canHandle ? ofTypes(events, projection.canHandle) : events;
}
