import type { DataSource } from 'typeorm';
import { formatPosition, parsePosition } from '#event-store';
import { SqlConditions } from './sql-conditions.js';

export interface ListChangeFilter {
  /** Recorded on or after this day (Asia/Shanghai). */
  readonly from?: string;
  /** Recorded on or before this day (Asia/Shanghai). */
  readonly to?: string;
  readonly listType?: string;
  readonly department?: string;
  readonly subject?: string;
}

export interface ListChange {
  readonly position: string;
  readonly eventId: string;
  readonly recordedAt: string;
  readonly subject: string;
  readonly change: 'listed' | 'delisted';
  readonly listType: string;
  readonly color?: string;
  readonly effectiveOn: string;
  readonly until?: string;
  readonly reason?: string;
  readonly causes: string[];
  readonly listingFactEventId: string;
  readonly criterion?: string;
  readonly basis: { documentNumber: string; clause?: string };
  readonly ruleSet: { id: string; version: string };
  readonly department?: string;
  readonly actor?: string;
  readonly correlationId?: string;
}

export interface ListChangePage {
  readonly changes: ListChange[];
  /** Pass as `cursor` for the next page; absent on the last page. */
  readonly next?: string;
}

/** Reads the list-change audit log in recorded order, filtered, a page at a time. */
export class ListChangesReader {
  constructor(private readonly db: DataSource) {}

  async page(filter: ListChangeFilter, cursor: string | undefined, limit: number): Promise<ListChangePage> {
    const where = new SqlConditions();
    if (filter.from) where.add(`recorded_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`, filter.from);
    if (filter.to) where.add(`recorded_at < (?::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`, filter.to);
    if (filter.listType) where.add('list_type = ?', filter.listType);
    if (filter.department) where.add('department = ?', filter.department);
    if (filter.subject) where.add('subject = ?', filter.subject);
    const after = cursor ? parsePosition(cursor) : undefined;
    if (after) where.add('(commit_position, prepare_position) > (?::bigint, ?::bigint)', String(after.commit), String(after.prepare));
    const limitParam = where.param(limit + 1);
    // Ordered by the table's bigint columns: an ORDER BY naming the text aliases would sort "10" before "9" and lose rows between pages.
    const rows: Record<string, never>[] = await this.db.query(
      `SELECT commit_position::text AS commit_text, prepare_position::text AS prepare_text, event_id, recorded_at, subject, change,
              list_type, color, effective_on::text AS effective_on, until::text AS until, reason, causes, listing_fact_event_id, criterion,
              basis, rule_set_id, rule_set_version, department, actor, correlation_id
         FROM list_changes ${where.where()}
        ORDER BY list_changes.commit_position, list_changes.prepare_position LIMIT ${limitParam}`,
      where.params,
    );
    const changes = rows.slice(0, limit).map(toChange);
    return { changes, next: rows.length > limit ? changes[changes.length - 1].position : undefined };
  }
}

function toChange(r: Record<string, never>): ListChange {
  const optional = (v: string | null) => v ?? undefined;
  return {
    position: formatPosition({ commit: BigInt(r.commit_text), prepare: BigInt(r.prepare_text) }),
    eventId: r.event_id,
    recordedAt: new Date(r.recorded_at).toISOString(),
    subject: r.subject,
    change: r.change,
    listType: r.list_type,
    color: optional(r.color),
    effectiveOn: r.effective_on,
    until: optional(r.until),
    reason: optional(r.reason),
    causes: r.causes,
    listingFactEventId: r.listing_fact_event_id,
    criterion: optional(r.criterion),
    basis: r.basis,
    ruleSet: { id: r.rule_set_id, version: r.rule_set_version },
    department: optional(r.department),
    actor: optional(r.actor),
    correlationId: optional(r.correlation_id),
  };
}
