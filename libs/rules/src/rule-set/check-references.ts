import { DIRECTLY_RESPONSIBLE_FIELD, type FactCatalogue, type FactDefinition } from '#credit';
import type { Problem } from '#kernel';
import { checkJurisdictionTables } from './check-jurisdiction.js';
import { checkCondition, checkField, factOf } from './check-facts.js';
import { checkMeasureBasis } from './check-measures.js';
import type { ListTypeDocument, RuleSetDocument } from './rule-set.schema.js';
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
    if (listType.record && listType.color !== 'black')
      problem(`${at}.record`, `${listType.record} is dishonesty information: its list type is black`);
    const listingFacts: FactDefinition[] = [];
    listType.criteria.forEach((criterion, j) => {
      const fact = factOf(catalogue, criterion.fact, `${at}.criteria[${j}].fact`, problem);
      if (!fact) return;
      // A decided criterion's entries are listed by the decision: terms and exits read the decision.
      listingFacts.push((criterion.decision && catalogue.get(criterion.decision.fact)) || fact);
      checkField(fact.fields, criterion.since, `${at}.criteria[${j}].since`, problem, 'date');
      criterion.where?.forEach((c, k) => checkCondition(fact.fields, c, `${at}.criteria[${j}].where[${k}]`, problem, catalogue));
    });
    listType.terms.forEach((term, j) => {
      const path = `${at}.terms[${j}]`;
      if (term.validUntilField && term.kind !== 'until-validity-end')
        problem(`${path}.validUntilField`, 'only an until-validity-end term reads a validity date');
      if (term.kind === 'fixed' && !term.years && !term.months && !term.yearsField)
        problem(path, 'a fixed term needs years, months or yearsField');
      if (term.renewal && term.kind !== 'fixed') problem(`${path}.renewal`, 'only a fixed term renews');
      if (term.kind === 'publication-period') {
        for (const fact of listingFacts)
          if (!doc.publicationPeriods?.some((p) => p.fact === fact.type))
            problem(path, `a publication-period term needs publicationPeriods for ${fact.type}, its listing fact`);
        if (!term.years && !term.months)
          problem(path, 'a publication-period term needs years or months: the bound of an entry whose class is not recorded');
      }
      if (term.renewal && !term.renewal.unlessExit)
        problem(`${path}.renewal.unlessExit`, 'must be true: a renewal without an exit would never end');
      for (const fact of listingFacts) {
        term.when?.forEach((c, k) => checkCondition(fact.fields, c, `${path}.when[${k}]`, problem, catalogue));
        if (term.yearsField) checkField(fact.fields, term.yearsField, `${path}.yearsField`, problem, 'integer');
        if (term.validUntilField) checkField(fact.fields, term.validUntilField, `${path}.validUntilField`, problem, 'date');
      }
    });
    listType.exits?.forEach((exit, j) => {
      const path = `${at}.exits[${j}]`;
      const fact = factOf(catalogue, exit.fact, `${path}.fact`, problem);
      if (exit.by.length !== exit.matches.length) problem(`${path}.matches`, 'must name as many fields as by');
      exit.by.forEach((field, k) => fact && checkField(fact.fields, field, `${path}.by[${k}]`, problem));
      if (fact) checkField(fact.fields, exit.on, `${path}.on`, problem, 'date');
      exit.matches.forEach((field, k) => listingFacts.forEach((f) => checkField(f.fields, field, `${path}.matches[${k}]`, problem)));
      if (fact) exit.where?.forEach((c, k) => checkCondition(fact.fields, c, `${path}.where[${k}]`, problem, catalogue));
      checkExitScope(exit, listType, listingFacts, catalogue, path, problem);
    });
  });
  doc.publicationPeriods?.forEach((period, i) => {
    const at = `publicationPeriods[${i}]`;
    const fact = factOf(catalogue, period.fact, `${at}.fact`, problem);
    if (!fact) return;
    if (!period.classField !== !period.classes || !period.classField === !period.single)
      problem(at, 'must have either classField with classes, or single (one period for every fact)');
    const classes = period.classField && checkField(fact.fields, period.classField, `${at}.classField`, problem, 'enum');
    if (classes && classes.kind === 'enum') {
      for (const name of Object.keys(period.classes ?? {}))
        if (!(name in classes.values)) problem(`${at}.classes.${name}`, `${period.classField} has no class ${name}`);
    }
    period.special?.forEach((special, j) =>
      special.where.forEach((c, k) => checkCondition(fact.fields, c, `${at}.special[${j}].where[${k}]`, problem)),
    );
    if (period.sectorMinimum) {
      const sector = checkField(fact.fields, period.sectorMinimum.field, `${at}.sectorMinimum.field`, problem, 'enum');
      period.sectorMinimum.in.forEach((name, j) => {
        if (sector?.kind === 'enum' && !(name in sector.values))
          problem(`${at}.sectorMinimum.in[${j}]`, `${period.sectorMinimum!.field} has no value ${name}`);
      });
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
  problems.push(...checkMeasureBasis(doc.measures));
  checkJurisdictionTables(doc, problem);
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

/** An exit's `criteria` and `application` name criteria of its own list type and facts that can name the listing. */
function checkExitScope(
  exit: NonNullable<ListTypeDocument['exits']>[number],
  listType: ListTypeDocument,
  listingFacts: readonly FactDefinition[],
  catalogue: FactCatalogue,
  path: string,
  problem: (path: string, reason: string) => void,
): void {
  const own = new Set(listType.criteria.map((c) => c.id));
  const checkIds = (ids: readonly string[] | undefined, at: string) =>
    ids?.forEach((criterion, k) => {
      if (!own.has(criterion))
        problem(`${at}[${k}]`, `${criterion} is not a criterion of ${listType.id}; its criteria: ${[...own].join(', ')}`);
    });
  checkIds(exit.criteria, `${path}.criteria`);
  const application = exit.application;
  if (!application) return;
  checkIds(application.noReoffence?.criteria, `${path}.application.noReoffence.criteria`);
  if (application.minimum?.from === 'correction' && !application.requires?.length)
    problem(`${path}.application.minimum.from`, 'correction counts from the first requires fact: requires must name one');
  if (application.minimum && !application.minimum.years && !application.minimum.months)
    problem(`${path}.application.minimum`, 'needs years or months');
  application.requires?.forEach((requirement, k) => {
    const at = `${path}.application.requires[${k}]`;
    const fact = factOf(catalogue, requirement.fact, `${at}.fact`, problem);
    if (requirement.by.length !== requirement.matches.length) problem(`${at}.matches`, 'must name as many fields as by');
    if (!fact) return;
    requirement.by.forEach((field, j) => checkField(fact.fields, field, `${at}.by[${j}]`, problem));
    checkField(fact.fields, requirement.on, `${at}.on`, problem, 'date');
    requirement.matches.forEach((field, j) => listingFacts.forEach((f) => checkField(f.fields, field, `${at}.matches[${j}]`, problem)));
  });
}
