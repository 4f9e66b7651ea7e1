import type { RecordedEvent } from '#event-store';

/** Runs SQL inside the projection's batch transaction. */
export interface ProjectionTransaction {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** Physical table name for each of the projection's logical tables, in the generation being written. */
export type ProjectionTables<Table extends string = string> = Readonly<Record<Table, string>>;

/**
 * A read model built from the global event log. Queries read the logical table names (views); the
 * runner writes the physical tables of one generation, so a rebuild never shows half its work.
 */
export interface Projection<Table extends string = string> {
  readonly name: string;
  /** Bump when the tables or the meaning of `apply` change: the runner then rebuilds from zero. */
  readonly version: number;
  readonly tables: readonly Table[];
  /** DDL for one generation's physical tables. */
  createTables(tables: ProjectionTables<Table>): string[];
  /** Skips events the projection ignores; the checkpoint still moves past them. */
  handles?(eventType: string): boolean;
  /** Applies a batch in the runner's transaction. The runner never applies the same batch twice. */
  apply(events: readonly RecordedEvent[], db: ProjectionTransaction, tables: ProjectionTables<Table>): Promise<void>;
}
