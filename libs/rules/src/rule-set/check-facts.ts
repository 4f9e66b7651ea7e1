import { readableFields, type FactCatalogue, type FieldSpec } from '#credit';
import type { ConditionDoc } from './rule-set.schema.js';

/** The fact types, fields and conditions a rule names, checked against the fact catalogue. */
export function factOf(catalogue: FactCatalogue, type: string, path: string, problem: (path: string, reason: string) => void) {
  const definition = catalogue.get(type);
  if (!definition) problem(path, `unknown fact type ${type}; known: ${catalogue.types().join(', ')}`);
  // Rules read the derived fields (the accident class …) beside the recorded ones.
  return definition && { ...definition, fields: readableFields(definition) };
}

function fieldAt(fields: Readonly<Record<string, FieldSpec>>, path: string): FieldSpec | undefined {
  const [head, ...rest] = path.split('.');
  const spec = fields[head];
  if (!spec || rest.length === 0) return spec;
  if (spec.kind === 'person')
    return rest.length === 1 && ['idNumber', 'name'].includes(rest[0]) ? { kind: 'text', label: rest[0] } : undefined;
  return undefined;
}

export function checkField(
  fields: Readonly<Record<string, FieldSpec>>,
  path: string,
  at: string,
  problem: (path: string, reason: string) => void,
  kind?: FieldSpec['kind'],
): FieldSpec | undefined {
  const spec = fieldAt(fields, path);
  if (!spec) problem(at, `no field ${path}; the fact has ${Object.keys(fields).join(', ')}`);
  else if (kind && spec.kind !== kind) problem(at, `${path} is a ${spec.kind} field, a ${kind} field is needed`);
  return spec;
}

export function checkCondition(
  fields: Readonly<Record<string, FieldSpec>>,
  condition: ConditionDoc,
  at: string,
  problem: (path: string, reason: string) => void,
  catalogue?: FactCatalogue,
): void {
  const nested = (item: Readonly<Record<string, FieldSpec>>, c: ConditionDoc, path: string) =>
    checkCondition(item, c, path, problem, catalogue);
  if ('anyOf' in condition) return condition.anyOf.forEach((c, i) => nested(fields, c, `${at}.anyOf[${i}]`));
  if ('allOf' in condition) return condition.allOf.forEach((c, i) => nested(fields, c, `${at}.allOf[${i}]`));
  if ('any' in condition) {
    const list = checkField(fields, condition.any, `${at}.any`, problem, 'list');
    if (list?.kind === 'list') condition.where.forEach((c, i) => nested(list.item, c, `${at}.where[${i}]`));
    return;
  }
  if ('sum' in condition || 'max' in condition) {
    const [key, listPath] = 'sum' in condition ? ['sum', condition.sum] : ['max', condition.max];
    const list = checkField(fields, listPath, `${at}.${key}`, problem, 'list');
    if (list?.kind === 'list') checkNumeric(list.item, condition.of, `${at}.of`, problem);
    return;
  }
  if ('count' in condition) {
    const list = checkField(fields, condition.count, `${at}.count`, problem, 'list');
    if (list?.kind === 'list') condition.where?.forEach((c, i) => nested(list.item, c, `${at}.where[${i}]`));
    return;
  }
  if ('absent' in condition || 'consecutive' in condition) {
    const [key, spec] = 'absent' in condition ? ['absent', condition.absent] : ['consecutive', condition.consecutive];
    if (!catalogue) return;
    const other = factOf(catalogue, spec.fact, `${at}.${key}.fact`, problem);
    if (!other) return;
    if ('since' in spec) checkField(other.fields, spec.since, `${at}.${key}.since`, problem, 'date');
    if ('period' in spec) checkField(other.fields, spec.period, `${at}.${key}.period`, problem, 'integer');
    spec.where?.forEach((c, i) => nested(other.fields, c, `${at}.${key}.where[${i}]`));
    return;
  }
  if ('ratio' in condition) {
    checkNumeric(fields, condition.ratio.numerator, `${at}.ratio.numerator`, problem);
    checkNumeric(fields, condition.ratio.denominator, `${at}.ratio.denominator`, problem);
    return;
  }
  if ('threshold' in condition) return void checkNumeric(fields, condition.field, `${at}.field`, problem);
  const spec = checkField(fields, condition.field, `${at}.field`, problem);
  const values = 'equals' in condition ? [condition.equals] : condition.in;
  if (spec?.kind === 'enum') {
    values.forEach((value) => {
      if (!Object.hasOwn(spec.values, String(value)))
        problem(at, `${String(value)} is not a value of ${condition.field}: ${Object.keys(spec.values).join(', ')}`);
    });
  }
}

function checkNumeric(
  fields: Readonly<Record<string, FieldSpec>>,
  path: string,
  at: string,
  problem: (path: string, reason: string) => void,
) {
  const spec = checkField(fields, path, at, problem);
  if (spec && spec.kind !== 'decimal' && spec.kind !== 'integer') problem(at, `${path} is a ${spec.kind} field, not a number`);
}
