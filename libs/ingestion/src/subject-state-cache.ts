import type { SubjectState } from '#credit';
import type { ExpectedRevision } from '#event-store';

/** What deciding a subject's next facts needs from its history, as of a stream revision. */
export interface DecisionBasis {
  readonly revision: ExpectedRevision;
  readonly state: SubjectState;
}

/**
 * The decision basis of recently written subjects, so a bulk import does not read and fold a
 * subject's history again for every batch that touches it. It is only a guess: the append still
 * expects the cached revision, and when another writer got there first the append is refused, the
 * entry dropped and the history read again.
 */
export class SubjectStateCache {
  private readonly entries = new Map<string, DecisionBasis>();

  constructor(private readonly capacity = 20_000) {}

  get(stream: string): DecisionBasis | undefined {
    const basis = this.entries.get(stream);
    if (basis) {
      this.entries.delete(stream);
      this.entries.set(stream, basis);
    }
    return basis;
  }

  set(stream: string, basis: DecisionBasis): void {
    this.entries.delete(stream);
    this.entries.set(stream, basis);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(stream: string): void {
    this.entries.delete(stream);
  }

  clear(): void {
    this.entries.clear();
  }
}
