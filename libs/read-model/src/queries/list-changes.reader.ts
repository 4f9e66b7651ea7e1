import type { DataSource } from 'typeorm';
import { formatPosition, parsePosition } from '#event-store';

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
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.from) add(`recorded_at >= (?::date)::timestamp AT TIME ZONE 'Asia/Shanghai'`, filter.from);
    if (filter.to) add(`recorded_at < (?::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'`, filter.to);
    if (filter.listType) add('list_type = ?', filter.listType);
    if (filter.department) add('department = ?', filter.department);
    if (filter.subject) add('subject = ?', filter.subject);
    const after = cursor ? parsePosition(cursor) : undefined;
    if (after) {
      params.push(String(after.commit), String(after.prepare));
      where.push(`(commit_position, prepare_position) > ($${params.length - 1}::bigint, $${params.length}::bigint)`);
    }
    params.push(limit + 1);
    const rows: Record<string, never>[] = await this.db.query(
      `SELECT commit_position::text AS commit_position, prepare_position::text AS prepare_position, event_id, recorded_at, subject, change,
              list_type, color, effective_on::text AS effective_on, until::text AS until, reason, causes, listing_fact_event_id, criterion,
              basis, rule_set_id, rule_set_version, department, actor, correlation_id
         FROM list_changes ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY commit_position, prepare_position LIMIT $${params.length}`,
      params,
    );
    const changes = rows.slice(0, limit).map(toChange);
    return { changes, next: rows.length > limit ? changes[changes.length - 1].position : undefined };
  }
}

function toChange(r: Record<string, never>): ListChange {
  const optional = (v: string | null) => v ?? undefined;
  return {
    position: formatPosition({ commit: BigInt(r.commit_position), prepare: BigInt(r.prepare_position) }),
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
