import type { FileKey } from './departments.js';
import type { SubjectKind } from './subjects.js';

/** What the dataset holds, counted as it is written, for manifest.json. */
export class Tally {
  readonly byType = new Map<string, number>();
  readonly byFile = new Map<FileKey, Map<string, number>>();
  readonly organisations = new Map<string, number>();
  private readonly personFlags: Uint8Array;
  private static readonly HOLDS_OFFICE = 1;
  private static readonly IS_SUBJECT = 2;

  constructor(readonly persons: number) {
    this.personFlags = new Uint8Array(persons);
  }

  fact(file: FileKey, type: string): void {
    this.byType.set(type, (this.byType.get(type) ?? 0) + 1);
    const perFile = this.byFile.get(file) ?? new Map<string, number>();
    perFile.set(type, (perFile.get(type) ?? 0) + 1);
    this.byFile.set(file, perFile);
  }

  organisation(kind: SubjectKind, registeringKind: string): void {
    const key = `${kind} (${registeringKind})`;
    this.organisations.set(key, (this.organisations.get(key) ?? 0) + 1);
  }

  officeHolder(person: number): void {
    this.personFlags[person] |= Tally.HOLDS_OFFICE;
  }

  personSubject(person: number): void {
    this.personFlags[person] |= Tally.IS_SUBJECT;
  }

  personCounts(): { total: number; holdingOffices: number; subjectsOfFacts: number } {
    let holdingOffices = 0;
    let subjectsOfFacts = 0;
    for (const flags of this.personFlags) {
      if (flags & Tally.HOLDS_OFFICE) holdingOffices++;
      if (flags & Tally.IS_SUBJECT) subjectsOfFacts++;
    }
    return { total: this.persons, holdingOffices, subjectsOfFacts };
  }

  linesIn(file: FileKey): number {
    let lines = 0;
    for (const count of this.byFile.get(file)?.values() ?? []) lines += count;
    return lines;
  }

  total(): number {
    let lines = 0;
    for (const count of this.byType.values()) lines += count;
    return lines;
  }
}
