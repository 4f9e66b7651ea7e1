import type { DataSource } from 'typeorm';

/** One credit repair application, with its decision when there is one. */
export interface CreditRepairRow {
  readonly subject: string;
  readonly applicationNumber: string;
  readonly recordEventId: string;
  readonly appliedBy: string;
  readonly appliedOn: string;
  readonly commitmentMade: boolean;
  readonly decidedBy?: string;
  readonly decidedOn?: string;
  readonly outcome?: 'approved' | 'refused';
}

export interface CreditRepairQueueFilter {
  /** pending: not decided yet; decided: approved or refused. */
  readonly status?: 'pending' | 'decided';
  /** Only the applications one of these departments applied for or decided. */
  readonly involving?: readonly string[];
}

const COLUMNS = `subject, application_number, record_event_id, applied_by, to_char(applied_on, 'YYYY-MM-DD') AS applied_on,
  commitment_made, decided_by, to_char(decided_on, 'YYYY-MM-DD') AS decided_on, outcome`;

/** Reads the credit-repairs read model: the applications made in a period, oldest first. */
export class CreditRepairsReader {
  constructor(private readonly db: DataSource) {}

  async appliedBetween(from: string, to: string, department?: string): Promise<CreditRepairRow[]> {
    const params: unknown[] = [from, to];
    const own = department === undefined ? '' : `AND (applied_by = $3 OR decided_by = $3)`;
    if (department !== undefined) params.push(department);
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${COLUMNS} FROM credit_repairs WHERE applied_on BETWEEN $1::date AND $2::date ${own}
        ORDER BY applied_on, subject, application_number`,
      params,
    );
    return rows.map(repairRow);
  }

  /** The repair queue: applications oldest first, at most `limit`. */
  async queue(filter: CreditRepairQueueFilter, limit: number): Promise<CreditRepairRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.status === 'pending') where.push('outcome IS NULL');
    else if (filter.status === 'decided') where.push('outcome IS NOT NULL');
    if (filter.involving) {
      params.push([...filter.involving]);
      where.push(`(applied_by = ANY($${params.length}::text[]) OR decided_by = ANY($${params.length}::text[]))`);
    }
    params.push(limit);
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${COLUMNS} FROM credit_repairs ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY applied_on, subject, application_number LIMIT $${params.length}`,
      params,
    );
    return rows.map(repairRow);
  }
}

function repairRow(r: Record<string, unknown>): CreditRepairRow {
  return {
    subject: String(r.subject),
    applicationNumber: String(r.application_number),
    recordEventId: String(r.record_event_id),
    appliedBy: String(r.applied_by),
    appliedOn: String(r.applied_on),
    commitmentMade: r.commitment_made === true,
    ...(r.decided_by ? { decidedBy: String(r.decided_by) } : {}),
    ...(r.decided_on ? { decidedOn: String(r.decided_on) } : {}),
    ...(r.outcome ? { outcome: r.outcome as 'approved' | 'refused' } : {}),
  };
}
