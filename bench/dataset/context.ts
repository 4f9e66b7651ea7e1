import type { FileKey } from './departments.js';
import type { Numbering } from './numbering.js';
import type { Random } from './prng.js';
import type { Organisation, Person, SubjectRef } from './subjects.js';
import type { WorkingDays } from './working-days.js';

/** What a fact generator works with: the block's subjects, dates, numbers, and where its lines go. */
export interface FactContext {
  readonly random: Random;
  readonly days: WorkingDays;
  readonly numbers: Numbering;
  /** Writes one fact line of the department file; `day` orders the lines of the block. */
  emit(file: FileKey, type: string, day: number, subject: SubjectRef, data: Record<string, unknown>): void;
  /** A business (enterprise, individual business, cooperative), the busier ones more often. */
  business(): Organisation;
  /** Any organisation, social organisations included. */
  organisation(): Organisation;
  /** A natural person as the subject of a fact. */
  personSubject(): Person;
  /** A person to hold an office; now and then one from elsewhere in the city. */
  officer(): Person;
  /** A random working day in [first, last], or undefined when the range is empty. */
  workingDay(first: number, last: number): number | undefined;
  /** A publication day on time: 0 to `within` working days after `day`, never after the last fact date. */
  publication(day: number, within: number): number;
}
