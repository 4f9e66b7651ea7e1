import type { SubjectKind } from '../subjects/subject-kind.js';
import type { FieldSpec } from './field-spec.js';

/**
 * Who may record a fact. `own-decisions`: any department, about its own decisions (penalties,
 * licences, inspections, honours, commitments); the others are department roles a department is
 * configured with (the court records judgments, the tax bureau tax cases …).
 */
export const RECORDER_ROLES = {
  'own-decisions': '任何部门（本部门作出的决定）',
  registration: '登记机关（市场监管、民政、编办等）',
  court: '人民法院',
  tax: '税务部门',
  'human-resources': '人力资源社会保障部门',
  'work-safety': '应急管理（安全生产监管）部门',
  'volunteer-service': '共青团 / 文明办（志愿服务）',
  'list-authority': '红黑名单认定部门',
  'credit-office': '社会信用体系建设牵头部门（信用办）：审计名单变更和查询记录',
} as const;

export type RecorderRole = keyof typeof RECORDER_ROLES;

export interface FactDefinition {
  /** The fact's name; its events are stored as `credit.<type>.v<version>`. */
  readonly type: string;
  readonly version: number;
  /** Short Chinese label shown to users. */
  readonly label: string;
  readonly description: string;
  readonly recordedBy: readonly RecorderRole[];
  readonly subjectKinds: readonly SubjectKind[];
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /**
   * Fields computed from the others, never sent (the accident class from deaths, serious injuries and direct
   * loss): the rules read them beside the recorded fields; they are computed whenever the fact is read, never stored.
   */
  readonly derived?: Readonly<Record<string, DerivedField>>;
  /**
   * Fields that identify the decision this fact is (authority + 文号, a court 案号 …): the same key
   * from the same department with different content is refused.
   */
  readonly decisionKey?: readonly string[];
  readonly refersTo?: FactReference;
  /** What the fact does to the subject's standing beyond being on record: registers it, starts or ends a role. */
  readonly effect?: FactEffect;
  /** A publication deadline in working days, checked when the fact is recorded and flagged if missed. */
  readonly publicationDeadline?: PublicationDeadline;
  readonly example: Readonly<Record<string, unknown>>;
}

export interface DerivedField {
  readonly spec: FieldSpec;
  readonly compute: (fact: Readonly<Record<string, unknown>>) => unknown;
}

/**
 * `registers-subject`: the subject's registration, recorded once. `appoints-role` / `ends-role`: a period in
 * which a person (`person.idNumber`) holds a role (`role`) in the organisation, from `from` / until `to`.
 * `revokes-record`: the fact named by `revokedEventId` is void from the start (objection.facts.ts).
 */
export type FactEffect = 'registers-subject' | 'appoints-role' | 'ends-role' | 'revokes-record';

/** A fact that acts on an earlier one (a correction, a revocation, an end): it must exist on the subject. */
export interface FactReference {
  readonly types: readonly string[];
  /** This fact's fields whose values name the earlier fact's decision key, in order. */
  readonly by: readonly string[];
  /** The earlier fact is over after this one (revoked, deleted, removed): nothing may refer to it again. */
  readonly ends?: true;
}

export interface PublicationDeadline {
  readonly decidedOn: string;
  readonly publishedOn: string;
  readonly workingDays: number;
  readonly basis: string;
}
