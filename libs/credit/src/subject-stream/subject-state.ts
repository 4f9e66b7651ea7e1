import type { RoleHeld } from '../facts/catalogue/person-roles.js';
import type { SubjectKind } from '../subjects/subject-kind.js';
import type { ListingEvent, SubjectStreamEvent } from './subject-events.js';

export interface SeenRecord {
  readonly eventId: string;
  /** Computed when first asked: most recorded facts are never repeated, so most are never fingerprinted. */
  readonly fingerprint: () => string;
}

export interface SeenDecision extends SeenRecord {
  readonly type: string;
  readonly department: string;
  readonly ended: boolean;
  /** The facts that ended it (a revocation reported by the authority and again by the court …). */
  readonly endings: readonly SeenRecord[];
}

/** One fact of the subject's history as the list rules read it: its event id, catalogue type and content. */
export interface RecordedFact {
  readonly eventId: string;
  /** The catalogue's fact type, e.g. `MajorTaxCaseDecided`. */
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  /** GB/T 2260 code of the jurisdiction, for thresholds that differ by region (see `registrationRegion`). */
  readonly region?: string;
  /** The department that recorded it. */
  readonly department?: string;
}

/** What the decider needs to know about one subject's history. */
export interface SubjectState {
  readonly kind?: SubjectKind;
  readonly registration?: SeenRecord;
  /** By `department␀sourceRecordId`: a department's own record ids make its retries harmless. */
  readonly sourceRecords: ReadonlyMap<string, SeenRecord>;
  /** By `type␀decision key`: every decision (文号, 案号 …) recorded on the subject. */
  readonly decisions: ReadonlyMap<string, readonly SeenDecision[]>;
  /** By `role␀身份证号`: roles currently held, with their start. */
  readonly openRoles: ReadonlyMap<string, string>;
  /** By `role␀身份证号`: the end of the last period a role was held, for roles not held now. */
  readonly endedRoles: ReadonlyMap<string, string>;
  /** Every period a person held a role in the organisation, in the order recorded: whom its listings reach. */
  readonly roles: readonly RoleHeld[];
  /** The facts in recorded order, for the list rules. */
  readonly facts: readonly RecordedFact[];
  /** The listing decisions recorded so far (SubjectListed, SubjectDelisted), in order. */
  readonly listings: readonly SubjectStreamEvent<ListingEvent>[];
}

export const initialSubjectState = (): SubjectState => ({
  sourceRecords: new Map(),
  decisions: new Map(),
  openRoles: new Map(),
  endedRoles: new Map(),
  roles: [],
  facts: [],
  listings: [],
});

/**
 * The earlier decisions a fact refers to: the referring department's own, if it has one with that
 * number (a 文号 is unique per authority), otherwise any department's (a court revoking a penalty).
 */
export function referredDecisions(
  state: Pick<SubjectState, 'decisions'>,
  types: readonly string[],
  values: readonly unknown[],
  department: string,
): SeenDecision[] {
  const all = types.flatMap((type) => state.decisions.get(decisionKey(type, values)) ?? []);
  const own = all.filter((decision) => decision.department === department);
  return own.length > 0 ? own : all;
}

export const sourceRecordKey = (department: string, sourceRecordId: string) => `${department}\u0000${sourceRecordId}`;
export const decisionKey = (type: string, values: readonly unknown[]) => `${type}\u0000${values.map(String).join('\u0000')}`;
export const roleKey = (role: unknown, idNumber: unknown) => `${String(role)}\u0000${String(idNumber)}`;
