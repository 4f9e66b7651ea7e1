import type { DataSource } from 'typeorm';
import type { LocalDate } from '#kernel';

/**
 * One row of the feedback report: for a checking department and a measure (or, with `measureId` null, all its
 * measures), the checks made in the period whose answer held the measure, how many of them have feedback on it
 * (revoked feedback excluded), the rate, and the measures reported applied and not applied.
 */
export interface FeedbackStatisticsRow {
  readonly department: string;
  readonly measureId: string | null;
  readonly checks: number;
  readonly checksWithFeedback: number;
  /** checksWithFeedback / checks, to 4 places. */
  readonly rate: number;
  readonly feedback: number;
  readonly applied: number;
  readonly notApplied: number;
}

export interface FeedbackStatisticsFilter {
  readonly from: LocalDate;
  readonly to: LocalDate;
  /** Only this checking department's rows. */
  readonly department?: string;
}

interface Row {
  department: string;
  measure_id: string | null;
  checks: string;
  checks_with_feedback: string;
  feedback: string;
  applied: string;
  not_applied: string;
}

/** Reads the feedback read model: the feedback rate per department and per measure for checks made in a period. */
export class FeedbackStatisticsReader {
  constructor(private readonly db: DataSource) {}

  async rows({ from, to, department }: FeedbackStatisticsFilter): Promise<FeedbackStatisticsRow[]> {
    const rows: Row[] = await this.db.query(
      `WITH checks AS (
         SELECT c.check_id, c.department, m.measure_id
           FROM feedback_checks c, unnest(c.measures) AS m(measure_id)
          WHERE c.performed_on BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR c.department = $3)
       ), answered AS (
         SELECT f.check_id, f.feedback_id, x->>'measureId' AS measure_id, (x->>'applied')::boolean AS applied
           FROM feedback_records f, jsonb_array_elements(f.measures) AS x
          WHERE f.revoked_at IS NULL AND f.check_id IN (SELECT check_id FROM checks)
       )
       SELECT c.department, c.measure_id,
              count(DISTINCT c.check_id)::text AS checks,
              count(DISTINCT a.check_id)::text AS checks_with_feedback,
              count(DISTINCT a.feedback_id)::text AS feedback,
              count(a.feedback_id) FILTER (WHERE a.applied)::text AS applied,
              count(a.feedback_id) FILTER (WHERE NOT a.applied)::text AS not_applied
         FROM checks c LEFT JOIN answered a ON a.check_id = c.check_id AND a.measure_id = c.measure_id
        GROUP BY GROUPING SETS ((c.department), (c.department, c.measure_id))
        ORDER BY c.department, c.measure_id NULLS FIRST`,
      [from, to, department ?? null],
    );
    return rows.map((row) => {
      const checks = Number(row.checks);
      const withFeedback = Number(row.checks_with_feedback);
      return {
        department: row.department,
        measureId: row.measure_id,
        checks,
        checksWithFeedback: withFeedback,
        rate: Math.round((withFeedback / checks) * 10_000) / 10_000,
        feedback: Number(row.feedback),
        applied: Number(row.applied),
        notApplied: Number(row.not_applied),
      };
    });
  }
}
