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

/** Reads the credit-repairs read model: the applications made in a period, oldest first. */
export class CreditRepairsReader {
  constructor(private readonly db: DataSource) {}

  async appliedBetween(from: string, to: string, department?: string): Promise<CreditRepairRow[]> {
    const params: unknown[] = [from, to];
    const own = department === undefined ? '' : `AND (applied_by = $3 OR decided_by = $3)`;
    if (department !== undefined) params.push(department);
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT subject, application_number, record_event_id, applied_by, to_char(applied_on, 'YYYY-MM-DD') AS applied_on,
              commitment_made, decided_by, to_char(decided_on, 'YYYY-MM-DD') AS decided_on, outcome
         FROM credit_repairs WHERE applied_on BETWEEN $1::date AND $2::date ${own}
        ORDER BY applied_on, subject, application_number`,
      params,
    );
    return rows.map((r) => ({
      subject: String(r.subject),
      applicationNumber: String(r.application_number),
      recordEventId: String(r.record_event_id),
      appliedBy: String(r.applied_by),
      appliedOn: String(r.applied_on),
      commitmentMade: r.commitment_made === true,
      ...(r.decided_by ? { decidedBy: String(r.decided_by) } : {}),
      ...(r.decided_on ? { decidedOn: String(r.decided_on) } : {}),
      ...(r.outcome ? { outcome: r.outcome as 'approved' | 'refused' } : {}),
    }));
  }
}
