import type { DataSource } from 'typeorm';
import type { LocalDate } from '#kernel';

/** A 双公示 decision as the statistics count it. */
export interface PublicationRecord {
  readonly department: string;
  readonly factType: string;
  readonly decidedOn: LocalDate;
  readonly recordedOn: LocalDate;
}

export interface PublicationRecordFilter {
  /** Decided on or after this day. */
  readonly from: string;
  /** Decided on or before this day. */
  readonly to: string;
  readonly department?: string;
}

/** Reads the double-publicity read model: the decisions taken in a period, each with the day it was recorded. */
export class DoublePublicityReader {
  constructor(private readonly db: DataSource) {}

  async decided(filter: PublicationRecordFilter): Promise<PublicationRecord[]> {
    const params: unknown[] = [filter.from, filter.to];
    if (filter.department) params.push(filter.department);
    const rows: { department: string; fact_type: string; decided_on: LocalDate; recorded_on: LocalDate }[] = await this.db.query(
      `SELECT department, fact_type, decided_on::text AS decided_on, recorded_on::text AS recorded_on
         FROM double_publicity
        WHERE decided_on BETWEEN $1::date AND $2::date ${filter.department ? 'AND department = $3' : ''}
        ORDER BY department, fact_type, decided_on`,
      params,
    );
    return rows.map((r) => ({ department: r.department, factType: r.fact_type, decidedOn: r.decided_on, recordedOn: r.recorded_on }));
  }
}
