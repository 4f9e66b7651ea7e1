import type { DataSource } from 'typeorm';

/** How many subjects entered and left a list type in a month (recorded, Asia/Shanghai). */
export interface ListChangeCount {
  readonly month: string;
  readonly listType: string;
  readonly listed: number;
  readonly delisted: number;
}

export interface ListChangeCountFilter {
  /** Recorded on or after this day (Asia/Shanghai). */
  readonly from: string;
  /** Recorded on or before this day (Asia/Shanghai). */
  readonly to: string;
  /** Only the changes this department's facts caused. */
  readonly department?: string;
}

/** Counts the list-change audit log per month and list type. */
export class ListChangeCountsReader {
  constructor(private readonly db: DataSource) {}

  async perMonth(filter: ListChangeCountFilter): Promise<ListChangeCount[]> {
    const params: unknown[] = [filter.from, filter.to];
    if (filter.department) params.push(filter.department);
    const rows: { month: string; list_type: string; listed: string; delisted: string }[] = await this.db.query(
      `SELECT to_char(recorded_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, list_type,
              count(*) FILTER (WHERE change = 'listed') AS listed, count(*) FILTER (WHERE change = 'delisted') AS delisted
         FROM list_changes
        WHERE recorded_at >= ($1::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
          AND recorded_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
          ${filter.department ? 'AND department = $3' : ''}
        GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    return rows.map((r) => ({ month: r.month, listType: r.list_type, listed: Number(r.listed), delisted: Number(r.delisted) }));
  }
}
