import {
  failsOnlyItsCheck,
  OfficialWorkingDayCalendar,
  usccDeclaredKind,
  validateResidentId,
  validateUscc,
  type LocalDate,
  type Problem,
  type WorkingDayCalendar,
} from '#kernel';
import { isSubjectKind, SUBJECT_KINDS, type SubjectKind } from '../subjects/subject-kind.js';
import type { RecordFact } from '../subject-stream/decide.js';
import type { SubjectReference } from '../subject-stream/fact-event.js';
import { valueAt } from '#kernel';
import type { FactCatalogue } from './fact-catalogue.js';
import { validateFields, type FieldSpec } from './field-spec.js';
import { publicationFlags, publicationOrderProblems } from './publication-deadline.js';
import { textProblem } from './text-hygiene.js';

const OFFICIAL_CALENDAR = new OfficialWorkingDayCalendar();

/** A fact as a department sends it (one item of a batch, one line of an import file). */
export interface FactInput {
  readonly type?: unknown;
  readonly sourceRecordId?: unknown;
  readonly subject?: unknown;
  readonly data?: unknown;
}

export type ValidatedFact =
  { readonly ok: true; readonly command: Omit<RecordFact, 'department'> } | { readonly ok: false; readonly problems: Problem[] };

const ITEM_FIELDS = ['type', 'sourceRecordId', 'subject', 'data'];
const SUBJECT_FIELDS = ['kind', 'code', 'name', 'legacyCodes', 'legacyCodeVerified'];

/** Legacy codes a record may carry beside the 统一社会信用代码; they are kept as sent. */
export const LEGACY_CODES = {
  registrationNumber: '注册号',
  organizationCode: '组织机构代码',
  taxRegistrationNumber: '税务登记号',
  institutionCertificateNumber: '事业单位证书号',
  socialOrganizationNumber: '社会组织登记证号',
} as const;

/** Everything that can be checked without the subject's history: shape, fields, identifiers. */
export function validateFactInput(
  input: FactInput,
  catalogue: FactCatalogue,
  today: LocalDate,
  calendar: WorkingDayCalendar = OFFICIAL_CALENDAR,
): ValidatedFact {
  const problems: Problem[] = unknownFields(
    input,
    ITEM_FIELDS,
    '',
    'is not a field of a fact; a fact has type, sourceRecordId, subject and data',
  );
  const definition = typeof input.type === 'string' ? catalogue.get(input.type) : undefined;
  if (!definition) problems.push({ path: 'type', reason: `must be one of the fact types: ${catalogue.types().join(', ')}` });
  if (typeof input.sourceRecordId !== 'string' || !/^\S{1,200}$/.test(input.sourceRecordId)) {
    problems.push({ path: 'sourceRecordId', reason: 'must be the department’s own record id: 1–200 characters, no spaces' });
  } else {
    const unclean = textProblem(input.sourceRecordId, 'line');
    if (unclean) problems.push({ path: 'sourceRecordId', reason: unclean });
  }
  const subject = validateSubject(input.subject, problems, today);
  const data = definition ? normalizeFields(definition.fields, input.data) : input.data;
  if (definition) {
    const fieldProblems = validateFields(definition.fields, data, 'data', today);
    problems.push(...fieldProblems, ...validatePersons(definition.fields, data, 'data', today));
    if (fieldProblems.length === 0) problems.push(...publicationOrderProblems(definition, data, 'data'));
  }
  if (problems.length > 0 || !definition || !subject) return { ok: false, problems };
  const flags = [...subject.flags, ...publicationFlags(definition, data, calendar)];
  return {
    ok: true,
    command: {
      kind: 'RecordFact',
      definition,
      sourceRecordId: input.sourceRecordId as string,
      subject: subject.reference,
      fact: data as Record<string, unknown>,
      flags: flags.length > 0 ? flags : undefined,
    },
  };
}

function validateSubject(
  value: unknown,
  problems: Problem[],
  today: LocalDate,
): { reference: SubjectReference; flags: string[] } | undefined {
  if (typeof value !== 'object' || value === null) {
    problems.push({ path: 'subject', reason: 'must be an object with kind, code and name' });
    return undefined;
  }
  const subject = value as Record<string, unknown>;
  const before = problems.length;
  problems.push(...unknownFields(subject, SUBJECT_FIELDS, 'subject.', `is not a field of subject; use ${SUBJECT_FIELDS.join(', ')}`));
  // The kind comes first: an 18-digit 身份证号 can pass the USCC check by chance.
  if (!isSubjectKind(subject.kind)) {
    problems.push({ path: 'subject.kind', reason: `must be one of ${Object.keys(SUBJECT_KINDS).join(', ')}` });
  }
  if (typeof subject.name !== 'string' || subject.name.trim() === '' || subject.name.length > 200) {
    problems.push({ path: 'subject.name', reason: 'must be the subject’s name, 1–200 characters' });
  } else {
    const unclean = textProblem(subject.name, 'line');
    if (unclean) problems.push({ path: 'subject.name', reason: unclean });
  }
  const legacyCodes = validateLegacyCodes(subject.legacyCodes, problems);
  if (subject.legacyCodeVerified !== undefined && typeof subject.legacyCodeVerified !== 'boolean') {
    problems.push({ path: 'subject.legacyCodeVerified', reason: 'must be true or false' });
  }
  if (typeof subject.code !== 'string') {
    problems.push({ path: 'subject.code', reason: 'is required: 统一社会信用代码 or 身份证号' });
    return undefined;
  }
  if (!isSubjectKind(subject.kind)) return undefined;
  const flags: string[] = [];
  const code = checkCode(
    subject.kind,
    subject.code.trim().toUpperCase(),
    subject.legacyCodeVerified === true,
    legacyCodes,
    today,
    problems,
    flags,
  );
  if (problems.length > before || !code) return undefined;
  return {
    reference: {
      kind: subject.kind,
      code,
      name: (subject.name as string).trim(),
      legacyCodes,
      legacyCodeVerified: subject.legacyCodeVerified === true ? true : undefined,
    },
    flags,
  };
}

function checkCode(
  kind: SubjectKind,
  code: string,
  legacyVerified: boolean,
  legacyCodes: Record<string, string> | undefined,
  today: LocalDate,
  problems: Problem[],
  flags: string[],
): string | undefined {
  if (kind === 'natural-person') {
    const id = validateResidentId(code, today);
    if (id.ok) return id.id;
    problems.push({ path: 'subject.code', code: id.problem.code, reason: id.problem.reason });
    return undefined;
  }
  const uscc = validateUscc(code);
  if (!uscc.ok) {
    const checksumOnly = failsOnlyItsCheck(uscc.problem);
    if (legacyVerified && checksumOnly) {
      const declared = usccDeclaredKind(code);
      if (declared !== kind) {
        problems.push({
          path: 'subject.kind',
          reason: `positions 1–2 of the code declare ${declared ? SUBJECT_KINDS[declared] : 'an unknown kind'}, not ${SUBJECT_KINDS[kind]}`,
        });
        return undefined;
      }
      flags.push(`legacy-code-accepted: ${uscc.problem.reason}`);
      return code;
    }
    const hint = checksumOnly ? '; a genuine pre-2016 code may be sent with subject.legacyCodeVerified = true' : '';
    problems.push({ path: 'subject.code', code: uscc.problem.code, reason: uscc.problem.reason + hint });
    return undefined;
  }
  if (uscc.kind !== kind) {
    problems.push({
      path: 'subject.kind',
      reason: `the code is registered as ${uscc.registeringDepartment.name} ${uscc.category.name} (${SUBJECT_KINDS[uscc.kind]}), not ${SUBJECT_KINDS[kind]}`,
    });
    return undefined;
  }
  const organizationCode = legacyCodes?.organizationCode?.replace('-', '');
  if (organizationCode && organizationCode !== uscc.organizationCode) {
    problems.push({
      path: 'subject.legacyCodes.organizationCode',
      reason: `${legacyCodes!.organizationCode} differs from the organisation code ${uscc.organizationCode} inside the 统一社会信用代码`,
    });
  }
  const registrationNumber = legacyCodes?.registrationNumber;
  if (registrationNumber && /^\d{15}$/.test(registrationNumber) && registrationNumber.slice(0, 6) !== uscc.areaCode) {
    flags.push(
      `area-code-differs: 注册号 ${registrationNumber} starts with ${registrationNumber.slice(0, 6)}, the code's area is ${uscc.areaCode}`,
    );
  }
  return uscc.code;
}

function validateLegacyCodes(value: unknown, problems: Problem[]): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ path: 'subject.legacyCodes', reason: `must be an object with any of ${Object.keys(LEGACY_CODES).join(', ')}` });
    return undefined;
  }
  const codes: Record<string, string> = {};
  for (const [name, code] of Object.entries(value)) {
    if (!Object.hasOwn(LEGACY_CODES, name))
      problems.push({ path: `subject.legacyCodes.${name}`, reason: `is not a legacy code; use ${Object.keys(LEGACY_CODES).join(', ')}` });
    else if (typeof code !== 'string' || !/^[0-9A-Z-]{8,30}$/.test(code))
      problems.push({
        path: `subject.legacyCodes.${name}`,
        reason: `must be 8–30 characters 0-9, A-Z or - (${LEGACY_CODES[name as keyof typeof LEGACY_CODES]})`,
      });
    else codes[name] = code;
  }
  return codes;
}

function unknownFields(value: object, known: readonly string[], prefix: string, reason: string): Problem[] {
  return Object.keys(value)
    .filter((name) => !known.includes(name))
    .map((name) => ({ path: `${prefix}${name}`, reason }));
}

/**
 * The text as the department meant it: surrounding spaces trimmed (a 文号 with a trailing space is the
 * same 文号) and 身份证号 upper-cased (a final x is an X). Anything not of the expected shape is left for
 * validation to refuse.
 */
function normalizeFields(specs: Readonly<Record<string, FieldSpec>>, data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const normalized: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const [name, spec] of Object.entries(specs)) {
    const value = normalized[name];
    if (spec.kind === 'text' && typeof value === 'string') normalized[name] = value.trim();
    if (spec.kind === 'person' && value && typeof value === 'object') {
      const person = value as Record<string, unknown>;
      normalized[name] = {
        ...person,
        idNumber: typeof person.idNumber === 'string' ? person.idNumber.trim().toUpperCase() : person.idNumber,
        name: typeof person.name === 'string' ? person.name.trim() : person.name,
      };
    }
    if (spec.kind === 'list' && Array.isArray(value)) normalized[name] = value.map((item) => normalizeFields(spec.item, item));
    if (spec.kind === 'texts' && Array.isArray(value))
      normalized[name] = value.map((item) => (typeof item === 'string' ? item.trim() : item));
  }
  return normalized;
}

/** Persons named inside a fact (a legal representative, an appointee) must carry a valid 身份证号. */
function validatePersons(specs: Readonly<Record<string, FieldSpec>>, data: unknown, path: string, today: LocalDate): Problem[] {
  const problems: Problem[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const value = valueAt(data, name);
    const idNumber = spec.kind === 'person' ? valueAt(value, 'idNumber') : undefined;
    if (typeof idNumber === 'string') {
      const id = validateResidentId(idNumber, today);
      if (!id.ok) problems.push({ path: `${path}.${name}.idNumber`, code: id.problem.code, reason: id.problem.reason });
    }
    if (spec.kind === 'list' && Array.isArray(value)) {
      value.forEach((item, i) => problems.push(...validatePersons(spec.item, item, `${path}.${name}[${i}]`, today)));
    }
  }
  return problems;
}
