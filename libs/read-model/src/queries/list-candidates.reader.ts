import type { DataSource } from 'typeorm';
import { formatPosition, parsePosition } from '#event-store';
import type { CandidateStep, ListingBasis, ListingCandidate, ListingRegime, RecordedFact } from '#credit';

/** A subject the deciding department may list, as the candidacy was last noted, with the steps still missing. */
export interface ListCandidate extends ListingCandidate {
  readonly subject: string;
  /** The department that recorded the qualifying fact. */
  readonly department?: string;
  /** The ids of the steps not yet taken, in the order the law takes them. */
  readonly missingSteps: readonly string[];
  readonly ruleSet: { readonly id: string; readonly version: string };
  /** The event that last noted the candidacy. */
  readonly notedEventId: string;
  readonly notedAt: string;
}

export interface ListCandidateFilter {
  readonly listType: string;
  /** Only candidates whose qualifying fact this department recorded. */
  readonly department?: string;
}

export interface ListCandidatePage {
  readonly candidates: readonly ListCandidate[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  readonly next?: string;
}

interface Row {
  subject: string;
  list_type: string;
  label: string;
  color: 'red' | 'black';
  criterion: string;
  regime: ListingRegime | null;
  basis: ListingBasis;
  qualifying_fact: RecordedFact;
  department: string | null;
  steps: CandidateStep[];
  rule_set: ListCandidate['ruleSet'];
  noted_event_id: string;
  noted_at: Date;
  commit_position: string;
  prepare_position: string;
}

/** Reads the list-candidates read model, in the order candidacies were first noted. */
export class ListCandidatesReader {
  constructor(private readonly db: DataSource) {}

  async page(filter: ListCandidateFilter, cursor: string | undefined, limit: number): Promise<ListCandidatePage> {
    const params: unknown[] = [filter.listType];
    const where = ['list_type = $1'];
    if (filter.department !== undefined) {
      params.push(filter.department);
      where.push(`department = $${params.length}`);
    }
    const after = cursor === undefined ? undefined : parsePosition(cursor);
    if (after) {
      params.push(String(after.commit), String(after.prepare));
      where.push(`(commit_position, prepare_position) > ($${params.length - 1}::bigint, $${params.length}::bigint)`);
    }
    params.push(limit + 1);
    const rows: Row[] = await this.db.query(
      `SELECT subject, list_type, label, color, criterion, regime, basis, qualifying_fact, department, steps, rule_set,
              noted_event_id, noted_at, commit_position::text AS commit_position, prepare_position::text AS prepare_position
         FROM list_candidates WHERE ${where.join(' AND ')}
        ORDER BY commit_position, prepare_position LIMIT $${params.length}`,
      params,
    );
    const shown = rows.slice(0, limit);
    const last = shown.at(-1);
    return {
      candidates: shown.map(toCandidate),
      next:
        rows.length > limit && last
          ? formatPosition({ commit: BigInt(last.commit_position), prepare: BigInt(last.prepare_position) })
          : undefined,
    };
  }
}

function toCandidate(row: Row): ListCandidate {
  return {
    subject: row.subject,
    listType: row.list_type,
    label: row.label,
    color: row.color,
    criterion: row.criterion,
    regime: row.regime ?? undefined,
    basis: row.basis,
    qualifyingFact: row.qualifying_fact,
    department: row.department ?? undefined,
    steps: row.steps,
    missingSteps: row.steps.filter((step) => !step.done).map((step) => step.id),
    ruleSet: row.rule_set,
    notedEventId: row.noted_event_id,
    notedAt: row.noted_at.toISOString(),
  };
}
