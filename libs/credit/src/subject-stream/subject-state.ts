import type { SubjectKind } from '../subjects/subject-kind.js';

export interface SeenRecord {
  readonly eventId: string;
  readonly fingerprint: string;
}

export interface SeenDecision extends SeenRecord {
  readonly type: string;
  readonly department: string;
  readonly ended: boolean;
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
}

export const initialSubjectState = (): SubjectState => ({
  sourceRecords: new Map(),
  decisions: new Map(),
  openRoles: new Map(),
});

export const sourceRecordKey = (department: string, sourceRecordId: string) => `${department}\u0000${sourceRecordId}`;
export const decisionKey = (type: string, values: readonly unknown[]) => `${type}\u0000${values.map(String).join('\u0000')}`;
export const roleKey = (role: unknown, idNumber: unknown) => `${String(role)}\u0000${String(idNumber)}`;
