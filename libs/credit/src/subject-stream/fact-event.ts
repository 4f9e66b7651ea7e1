import type { Event, StoredEventType } from '#kernel';
import type { SubjectKind } from '../subjects/subject-kind.js';

/** The subject as a fact names it. Legacy codes travel with the record and are kept. */
export interface SubjectReference {
  readonly kind: SubjectKind;
  readonly code: string;
  readonly name: string;
  readonly legacyCodes?: Readonly<Record<string, string>>;
  /** Set when a department vouched for a code that fails its check (a genuine pre-2016 code). */
  readonly legacyCodeVerified?: boolean;
}

/** The data of every `credit.<FactType>.v<n>` event on a subject's stream; `Fact` is the fact's fields. */
export interface FactEventData<Fact extends object = Readonly<Record<string, unknown>>> {
  readonly subject: SubjectReference;
  readonly department: string;
  readonly sourceRecordId: string;
  readonly fact: Fact;
  /** Warnings the department should see (a legacy code accepted, an area code that does not agree …). */
  readonly flags?: readonly string[];
  /**
   * The GB/T 2260 region of the recording (deciding) department, where the department registry knows it: provincial
   * figures are read for it (rule-format §6). Absent: the subject's registration region stands in.
   */
  readonly jurisdiction?: string;
}

const SUBJECT_STREAM_PREFIX = 'subject-';
export const subjectStream = (code: string) => `${SUBJECT_STREAM_PREFIX}${code}`;
/** The subject code of a subject stream; undefined for any other stream. */
export const subjectOfStream = (stream: string) =>
  stream.startsWith(SUBJECT_STREAM_PREFIX) ? stream.slice(SUBJECT_STREAM_PREFIX.length) : undefined;

/**
 * A recorded fact of the catalogue's type `Name` (`credit.<Name>.v<n>`, named by `factEventType`). A
 * reader that handles a few fact types names them, so a fact never narrows to a listing event.
 */
export type FactEvent<Name extends string = string, Fact extends object = Readonly<Record<string, unknown>>> = Event<
  StoredEventType<'credit', Name>,
  FactEventData<Fact>
>;
