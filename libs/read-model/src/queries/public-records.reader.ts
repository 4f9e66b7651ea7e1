import type { DataSource } from 'typeorm';
import type { LocalDate } from '#kernel';

export interface PublicRecord {
  readonly kind: 'list-entry' | 'penalty' | 'licence' | 'inspection';
  readonly title: string;
  readonly content: Record<string, unknown>;
  readonly publishedFrom: string;
  /** Exclusive: the record leaves the disclosure view on this day. */
  readonly publishedUntil?: string;
  readonly basis?: { documentNumber: string; clause?: string; inferred?: string };
  /** The fact event the record shows (a penalty's own, a list entry's listing fact): what an objection names. Not public. */
  readonly factEventId: string;
}

/** Reads the disclosure view: a subject's records inside their publication window and not withdrawn on `today`. */
export class PublicRecordsReader {
  constructor(private readonly db: DataSource) {}

  async of(subject: string, today: LocalDate): Promise<PublicRecord[]> {
    const rows: Record<string, never>[] = await this.db.query(
      `SELECT kind, title, content, published_from::text AS published_from, published_until::text AS published_until, basis,
              CASE kind WHEN 'list-entry' THEN source->>'listingFactEventId' ELSE record_id END AS fact_event_id
         FROM public_records
        WHERE subject = $1 AND published_from <= $2::date
          AND (published_until IS NULL OR published_until > $2::date)
          AND (withdrawn_on IS NULL OR withdrawn_on > $2::date)
        ORDER BY published_from DESC, record_id`,
      [subject, today],
    );
    return rows.map((r) => ({
      kind: r.kind,
      title: r.title,
      content: r.content,
      publishedFrom: r.published_from,
      publishedUntil: r.published_until ?? undefined,
      basis: r.basis ?? undefined,
      factEventId: r.fact_event_id,
    }));
  }
}
