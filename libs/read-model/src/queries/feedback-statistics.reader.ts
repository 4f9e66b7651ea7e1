import type { DataSource } from 'typeorm';
import type { LocalDate } from '#kernel';

/**
 * One row of the feedback report: for a checking department and a measure it implements (or, with `measureId` null,
 * all the measures it implements), the checks made in the period whose answer held the measure, how many of them have feedback on it
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

/** The ids of the measures a department implements (the department registry, through the rule set's measures). */
export type OwnMeasures = (department: string) => ReadonlySet<string>;

/**
 * Reads the feedback read model: the feedback rate per department and per measure for checks made in a period.
 * A check answers every measure of its subjects unless made with `department=`; only the measures the checking
 * department implements count, so a measure it has nothing to do with does not dilute its rate.
 */
export class FeedbackStatisticsReader {
  constructor(private readonly db: DataSource) {}

  async rows({ from, to, department }: FeedbackStatisticsFilter, ownMeasures: OwnMeasures): Promise<FeedbackStatisticsRow[]> {
    const departments: { department: string }[] = await this.db.query(
      `SELECT DISTINCT department FROM feedback_checks
        WHERE performed_on BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR department = $3)`,
      [from, to, department ?? null],
    );
    const own = departments.flatMap(({ department: d }) => [...ownMeasures(d)].map((measureId) => [d, measureId] as const));
    const rows: Row[] = await this.db.query(
      `WITH own AS (
         SELECT * FROM unnest($4::text[], $5::text[]) AS o(department, measure_id)
       ), checks AS (
         SELECT c.check_id, c.department, m.measure_id
           FROM feedback_checks c, unnest(c.measures) AS m(measure_id)
          WHERE c.performed_on BETWEEN $1::date AND $2::date AND ($3::text IS NULL OR c.department = $3)
            AND (c.department, m.measure_id) IN (SELECT department, measure_id FROM own)
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
      [from, to, department ?? null, own.map(([d]) => d), own.map(([, measureId]) => measureId)],
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
