import type { LocalDate } from '#kernel';
import type { FieldSpec } from '../field-spec.js';

/**
 * The roles a person holds in an organisation over time, recorded by `RoleAppointed` and `RoleEnded`
 * on the organisation's stream.
 */
export const RELATION_ROLES = {
  'legal-representative': '法定代表人',
  'principal-person': '主要负责人',
  'actual-controller': '实际控制人',
  'finance-manager': '财务负责人',
  'safety-manager': '分管安全生产的负责人',
} as const;

/**
 * Every role through which a list entry can reach a person: the relation roles above, and the persons the
 * deciding department found directly responsible, named in the decision itself
 * (`directlyResponsible` on the deciding fact). A memorandum's `reaches` may name only these.
 */
export const PERSON_ROLES = {
  ...RELATION_ROLES,
  'directly-responsible-person': '负有直接责任的人员',
} as const;

export type RelationRole = keyof typeof RELATION_ROLES;
export type PersonRole = keyof typeof PERSON_ROLES;

export const isRelationRole = (role: unknown): role is RelationRole => typeof role === 'string' && Object.hasOwn(RELATION_ROLES, role);

/** A period in which a person held a role in an organisation. `until` is the 离任日期: the role is no longer held on it. */
export interface RoleHeld {
  readonly role: RelationRole;
  readonly idNumber: string;
  readonly from: LocalDate;
  readonly until?: LocalDate;
}

/** The field of a deciding fact that names the persons the department found directly responsible. */
export const DIRECTLY_RESPONSIBLE_FIELD = 'directlyResponsible';

/** One person named as directly responsible, with the post they held (项目经理, 财务负责人 …). */
export interface DirectlyResponsiblePerson {
  readonly person: { readonly idNumber: string; readonly name: string };
  readonly position: string;
}

/** `directlyResponsible` on a deciding fact: optional, since not every decision names persons. */
export const directlyResponsible: FieldSpec = {
  kind: 'list',
  label: '负有直接责任的人员（决定中认定）',
  optional: true,
  maxItems: 20,
  item: {
    person: { kind: 'person', label: '责任人员' },
    position: { kind: 'text', label: '职务（如 财务负责人、项目经理）', maxLength: 50 },
  },
};

/** The persons a deciding fact names as directly responsible, as recorded. */
export function directlyResponsibleIn(fact: Readonly<Record<string, unknown>>): DirectlyResponsiblePerson[] {
  const named = fact[DIRECTLY_RESPONSIBLE_FIELD];
  return Array.isArray(named) ? (named as DirectlyResponsiblePerson[]) : [];
}

/** The roles' history after a `RoleAppointed` (a period opens) or a `RoleEnded` (the open period closes). */
export function withRoleFact(history: readonly RoleHeld[], type: string, fact: Readonly<Record<string, unknown>>): readonly RoleHeld[] {
  const person = fact.person as { readonly idNumber?: unknown } | undefined;
  const idNumber = String(person?.idNumber);
  if (!isRelationRole(fact.role)) return history;
  const role = fact.role;
  if (type === 'RoleAppointed') return [...history, { role, idNumber, from: fact.from as LocalDate }];
  if (type !== 'RoleEnded') return history;
  const open = history.findIndex((held) => held.role === role && held.idNumber === idNumber && held.until === undefined);
  return open < 0 ? history : history.map((held, i) => (i === open ? { ...held, until: fact.to as LocalDate } : held));
}
