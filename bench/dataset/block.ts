import type { FactContext } from './context.js';
import { LAST_FACT_DAY } from './dates.js';
import { DEPARTMENTS, type FileKey } from './departments.js';
import type { NdjsonFiles } from './ndjson-files.js';
import type { Numbering } from './numbering.js';
import type { Random } from './prng.js';
import type { Organisation, Person, SubjectFactory, SubjectRef } from './subjects.js';
import type { Tally } from './tally.js';
import type { WorkingDays } from './working-days.js';

interface Line {
  readonly day: number;
  readonly seq: number;
  readonly text: string;
}

/** Picks items with probability proportional to their weights (cumulative sums, binary search). */
class WeightedPicker<T> {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    items.forEach((item, i) => (this.cumulative[i] = sum += weight(item)));
  }

  pick(random: Random): T {
    const target = random.next() * this.cumulative[this.cumulative.length - 1];
    let [low, high] = [0, this.cumulative.length - 1];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low];
  }
}

const RECORD_PREFIX = new Map(DEPARTMENTS.map((d) => [d.key, d.recordPrefix]));

/**
 * A slice of the city (about a thousand organisations and the persons beside them) generated together:
 * its lines are held, sorted by date within each file and written before the next block starts, so the
 * files read like a feed over time while memory stays bounded at any scale.
 */
export class Block implements FactContext {
  readonly organisations: Organisation[] = [];
  readonly persons: Person[] = [];
  private readonly lines = new Map<FileKey, Line[]>();
  private readonly outsiders = new Map<number, Person>();
  private seq = 0;
  private businesses!: WeightedPicker<Organisation>;
  private anyOrganisation!: WeightedPicker<Organisation>;
  private subjects!: WeightedPicker<Person>;
  private officers!: WeightedPicker<Person>;

  constructor(
    readonly random: Random,
    readonly days: WorkingDays,
    readonly numbers: Numbering,
    private readonly tally: Tally,
    private readonly factory: SubjectFactory,
    organisations: { from: number; to: number },
    persons: { from: number; to: number },
  ) {
    for (let i = organisations.from; i < organisations.to; i++) this.organisations.push(factory.organisation(i));
    for (let j = persons.from; j < persons.to; j++) this.persons.push(factory.person(j));
    const businesses = this.organisations.filter((o) => o.registeringKind.startsWith('9'));
    this.businesses = new WeightedPicker(businesses.length ? businesses : this.organisations, (o) => o.activity);
    this.anyOrganisation = new WeightedPicker(this.organisations, (o) => o.activity);
    this.subjects = new WeightedPicker(this.persons, (p) => p.activity);
    this.officers = new WeightedPicker(this.persons, (p) => p.officeWeight);
  }

  emit(file: FileKey, type: string, day: number, subject: SubjectRef, data: Record<string, unknown>): void {
    const sourceRecordId = `${RECORD_PREFIX.get(file)}-${String(this.numbers.next(`record|${file}`)).padStart(10, '0')}`;
    const text = JSON.stringify({ type, sourceRecordId, subject, data });
    const lines = this.lines.get(file) ?? [];
    lines.push({ day, seq: this.seq++, text });
    this.lines.set(file, lines);
    this.tally.fact(file, type);
  }

  business(): Organisation {
    return this.businesses.pick(this.random);
  }

  organisation(): Organisation {
    return this.anyOrganisation.pick(this.random);
  }

  personSubject(): Person {
    const person = this.subjects.pick(this.random);
    this.tally.personSubject(person.index);
    return person;
  }

  officer(): Person {
    let person: Person;
    if (this.random.chance(0.05)) {
      const index = this.random.int(0, this.tally.persons - 1);
      person = this.outsiders.get(index) ?? this.factory.person(index);
      this.outsiders.set(index, person);
    } else person = this.officers.pick(this.random);
    this.tally.officeHolder(person.index);
    return person;
  }

  workingDay(first: number, last: number): number | undefined {
    if (first > last) return undefined;
    return this.days.nearest(this.random.int(first, last), first, last);
  }

  publication(day: number, within: number): number {
    // Most are published within two or three working days, a few on the last day allowed.
    const after = this.random.weighted([
      [0, 1],
      [1, 4],
      [2, 4],
      [3, 3],
      [Math.min(5, within), 2],
      [within, 1],
    ]);
    return Math.min(this.days.deadline(day, after), LAST_FACT_DAY);
  }

  /** Writes the block's lines, each file's in date order (generation order within a day). */
  async flush(files: NdjsonFiles): Promise<void> {
    for (const department of DEPARTMENTS) {
      const lines = this.lines.get(department.key);
      if (!lines?.length) continue;
      lines.sort((a, b) => a.day - b.day || a.seq - b.seq);
      let chunk = '';
      for (const line of lines) {
        chunk += `${line.text}\n`;
        if (chunk.length > 1 << 20) {
          await files.write(department.key, chunk);
          chunk = '';
        }
      }
      if (chunk) await files.write(department.key, chunk);
    }
    this.lines.clear();
  }
}
