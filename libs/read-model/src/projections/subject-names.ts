import type { SubjectReference } from '#credit';
import type { ProjectionTransaction } from './projection.js';

/** A batch's subject names, last recorded wins, written in one upsert at the end of the batch. */
export class SubjectNames {
  private readonly names = new Map<string, { code: string; kind: string; name: string }>();

  constructor(
    private readonly db: ProjectionTransaction,
    private readonly table: string,
  ) {}

  /** The name a fact on `code`'s stream gives its subject (a fact about another subject is not its name). */
  noted(code: string, subject: SubjectReference | undefined): void {
    if (!subject || subject.code !== code || typeof subject.name !== 'string' || !subject.name) return;
    this.names.set(code, { code, kind: subject.kind, name: subject.name });
  }

  async flush(): Promise<void> {
    if (this.names.size === 0) return;
    const rows = [...this.names.values()];
    this.names.clear();
    await this.db.query(
      `INSERT INTO ${this.table} (code, kind, name)
       SELECT code, kind, name FROM jsonb_to_recordset($1::jsonb) AS r(code text, kind text, name text)
       ON CONFLICT (code) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name`,
      [JSON.stringify(rows)],
    );
  }
}
