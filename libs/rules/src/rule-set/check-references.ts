import { DIRECTLY_RESPONSIBLE_FIELD, type FactCatalogue, type FactDefinition, type FieldSpec } from '#credit';
import type { Problem } from '#kernel';
import type { ConditionDoc, RuleSetDocument } from './rule-set.schema.js';
import type { Reach } from './vocabulary.js';
import { checkDecisions, checkRegimes } from './check-regimes.js';

/** What the shape cannot tell: ids that must exist, fact types and fields that must be in the catalogue. */
export function checkReferences(doc: RuleSetDocument, catalogue: FactCatalogue): Problem[] {
  const problems: Problem[] = [];
  const problem = (path: string, reason: string) => problems.push({ path, reason });
  const memoranda = unique(
    doc.memoranda.map((m) => m.id),
    'memoranda',
    problem,
  );
  const listTypes = unique(
    doc.listTypes.map((l) => l.id),
    'listTypes',
    problem,
  );
  unique(
    doc.measures.map((m) => m.id),
    'measures',
    problem,
  );
  unique(
    doc.listTypes.flatMap((l) => l.criteria.map((c) => c.id)),
    'listTypes[*].criteria',
    problem,
  );

  checkRegimes(doc, problem);
  checkDecisions(doc, catalogue, problem);

  doc.memoranda.forEach((memorandum, i) =>
    memorandum.listTypes.forEach((listType, j) => {
      if (!listTypes.has(listType)) problem(`memoranda[${i}].listTypes[${j}]`, `unknown list type ${listType}`);
    }),
  );
  doc.listTypes.forEach((listType, i) => {
    const at = `listTypes[${i}]`;
    if (!memoranda.has(listType.memorandum)) problem(`${at}.memorandum`, `unknown memorandum ${listType.memorandum}`);
    const listingFacts: FactDefinition[] = [];
    listType.criteria.forEach((criterion, j) => {
      const fact = factOf(catalogue, criterion.fact, `${at}.criteria[${j}].fact`, problem);
      if (!fact) return;
      // A decided criterion's entries are listed by the decision: terms and exits read the decision.
      listingFacts.push((criterion.decision && catalogue.get(criterion.decision.fact)) || fact);
      checkField(fact.fields, criterion.since, `${at}.criteria[${j}].since`, problem, 'date');
      criterion.where?.forEach((c, k) => checkCondition(fact.fields, c, `${at}.criteria[${j}].where[${k}]`, problem));
    });
    listType.terms.forEach((term, j) => {
      const path = `${at}.terms[${j}]`;
      if (term.kind === 'fixed' && !term.years && !term.months && !term.yearsField)
        problem(path, 'a fixed term needs years, months or yearsField');
      for (const fact of listingFacts) {
        term.when?.forEach((c, k) => checkCondition(fact.fields, c, `${path}.when[${k}]`, problem));
        if (term.yearsField) checkField(fact.fields, term.yearsField, `${path}.yearsField`, problem, 'integer');
      }
    });
    listType.exits?.forEach((exit, j) => {
      const path = `${at}.exits[${j}]`;
      const fact = factOf(catalogue, exit.fact, `${path}.fact`, problem);
      if (exit.by.length !== exit.matches.length) problem(`${path}.matches`, 'must name as many fields as by');
      exit.by.forEach((field, k) => fact && checkField(fact.fields, field, `${path}.by[${k}]`, problem));
      if (fact) checkField(fact.fields, exit.on, `${path}.on`, problem, 'date');
      exit.matches.forEach((field, k) => listingFacts.forEach((f) => checkField(f.fields, field, `${path}.matches[${k}]`, problem)));
    });
  });
  doc.publicationPeriods?.forEach((period, i) => {
    const at = `publicationPeriods[${i}]`;
    const fact = factOf(catalogue, period.fact, `${at}.fact`, problem);
    if (!fact) return;
    const classes = checkField(fact.fields, period.classField, `${at}.classField`, problem, 'enum');
    if (classes?.kind === 'enum') {
      for (const name of ['minor', 'general', 'serious'])
        if (!(name in classes.values)) problem(`${at}.classField`, `${period.classField} has no class ${name}`);
    }
    checkField(fact.fields, period.from, `${at}.from`, problem, 'date');
  });
  doc.measures.forEach((measure, i) => {
    const at = `measures[${i}]`;
    const memorandum = doc.memoranda.find((m) => m.id === measure.memorandum);
    if (!memorandum) problem(`${at}.memorandum`, `unknown memorandum ${measure.memorandum}`);
    else if (memorandum.kind !== measure.kind) problem(`${at}.kind`, `${measure.memorandum} is a ${memorandum.kind} memorandum`);
    measure.listTypes.forEach((listType, j) => {
      const found = doc.listTypes.find((l) => l.id === listType);
      if (!found) problem(`${at}.listTypes[${j}]`, `unknown list type ${listType}`);
      else if ((found.color === 'black') !== (measure.kind === 'punishment')) {
        problem(`${at}.listTypes[${j}]`, `a ${measure.kind} measure cannot attach to the ${found.color} list ${listType}`);
      }
    });
    measure.reaches.forEach((reach, j) => {
      const unproducible = whyNoFactReaches(reach, measure.listTypes, doc, catalogue);
      if (unproducible) problem(`${at}.reaches[${j}]`, unproducible);
    });
    measure.onlyWhile?.forEach((condition, j) => {
      const fact = factOf(catalogue, condition.fact, `${at}.onlyWhile[${j}].fact`, problem);
      if (fact) condition.where?.forEach((c, k) => checkCondition(fact.fields, c, `${at}.onlyWhile[${j}].where[${k}]`, problem));
    });
  });
  return problems;
}

/**
 * Why no fact can ever reach a person as `reach` on these list types, or undefined if one can: a list type
 * that reaches no one through a role; a relation role no catalogue fact records; persons directly
 * responsible on a list whose listing facts have no field to name them.
 */
function whyNoFactReaches(
  reach: Reach,
  listTypeIds: readonly string[],
  doc: RuleSetDocument,
  catalogue: FactCatalogue,
): string | undefined {
  if (reach === 'subject' || reach === 'natural-person-subject') return undefined;
  for (const listType of doc.listTypes.filter((l) => listTypeIds.includes(l.id))) {
    if (listType.reachesPersons === 'none') return `${listType.id} reaches no person through a role (reachesPersons: none)`;
    if (reach === 'directly-responsible-person') {
      const silent = listType.criteria
        .map((c) => c.decision?.fact ?? c.fact)
        .filter((fact) => !catalogue.get(fact)?.fields[DIRECTLY_RESPONSIBLE_FIELD]);
      if (silent.length > 0)
        return `no fact lists ${listType.id} with the persons directly responsible: ${[...new Set(silent)].join(', ')} has no ${DIRECTLY_RESPONSIBLE_FIELD} field`;
    }
  }
  if (reach !== 'directly-responsible-person' && !recordedRoles(catalogue).has(reach))
    return `no fact records the role ${reach} (RoleAppointed has no such role)`;
  return undefined;
}

/** The roles the catalogue's RoleAppointed can record. */
function recordedRoles(catalogue: FactCatalogue): Set<string> {
  const role = catalogue.get('RoleAppointed')?.fields.role;
  return new Set(role?.kind === 'enum' ? Object.keys(role.values) : []);
}

function unique(ids: string[], path: string, problem: (path: string, reason: string) => void): Set<string> {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) problem(`${path}[${i}].id`, `${id} is defined twice`);
    seen.add(id);
  });
  return seen;
}

export function factOf(catalogue: FactCatalogue, type: string, path: string, problem: (path: string, reason: string) => void) {
  const definition = catalogue.get(type);
  if (!definition) problem(path, `unknown fact type ${type}; known: ${catalogue.types().join(', ')}`);
  return definition;
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
): void {
  if ('anyOf' in condition) return condition.anyOf.forEach((c, i) => checkCondition(fields, c, `${at}.anyOf[${i}]`, problem));
  if ('allOf' in condition) return condition.allOf.forEach((c, i) => checkCondition(fields, c, `${at}.allOf[${i}]`, problem));
  if ('any' in condition) {
    const list = checkField(fields, condition.any, `${at}.any`, problem, 'list');
    if (list?.kind === 'list') condition.where.forEach((c, i) => checkCondition(list.item, c, `${at}.where[${i}]`, problem));
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
