import type { FactCatalogue, FieldSpec } from '#credit';
import { checkCondition, checkField, factOf } from './check-facts.js';
import type { RuleSetDocument } from './rule-set.schema.js';

type Report = (path: string, reason: string) => void;

/**
 * Regimes (rule-format.md §1): ids unique and declared where used, a window that is not empty, and a list
 * type whose criteria name regimes names one on every criterion and term.
 */
export function checkRegimes(doc: RuleSetDocument, problem: Report): void {
  const declared = new Set<string>();
  (doc.regimes ?? []).forEach((regime, i) => {
    if (declared.has(regime.id)) problem(`regimes[${i}].id`, `${regime.id} is defined twice`);
    declared.add(regime.id);
    if (regime.effectiveUntil && regime.effectiveUntil <= regime.effectiveFrom)
      problem(`regimes[${i}].effectiveUntil`, `must be after effectiveFrom ${regime.effectiveFrom} (it is exclusive)`);
  });
  const known = (regime: string | undefined, path: string) => {
    if (regime !== undefined && !declared.has(regime))
      problem(path, `unknown regime ${regime}; declared: ${[...declared].join(', ') || 'none (add a regimes: section)'}`);
  };
  doc.listTypes.forEach((listType, i) => {
    const at = `listTypes[${i}]`;
    listType.criteria.forEach((c, j) => known(c.regime, `${at}.criteria[${j}].regime`));
    listType.terms.forEach((t, j) => known(t.regime, `${at}.terms[${j}].regime`));
    listType.exits?.forEach((e, j) => known(e.regime, `${at}.exits[${j}].regime`));
    const named = listType.criteria.find((c) => c.regime !== undefined);
    if (!named) return;
    const mixed = `${listType.id} names regimes (criterion ${named.id} is under ${named.regime}): every criterion and term needs one`;
    listType.criteria.forEach((c, j) => c.regime === undefined && problem(`${at}.criteria[${j}].regime`, `is missing: ${mixed}`));
    listType.terms.forEach((t, j) => t.regime === undefined && problem(`${at}.terms[${j}].regime`, `is missing: ${mixed}`));
  });
  doc.publicationPeriods?.forEach((p, i) => known(p.regime, `publicationPeriods[${i}].regime`));
}

/** Decided listings (rule-format.md §2): the decision and step facts exist, and the fields that name the qualifying fact too. */
export function checkDecisions(doc: RuleSetDocument, catalogue: FactCatalogue, problem: Report): void {
  doc.listTypes.forEach((listType, i) =>
    listType.criteria.forEach((criterion, j) => {
      const at = `listTypes[${i}].criteria[${j}]`;
      if (criterion.steps && !criterion.decision)
        problem(`${at}.steps`, 'steps need a decision: they are checked when the decision is recorded');
      const qualifying = catalogue.get(criterion.fact);
      const { decision } = criterion;
      if (!decision || !qualifying) return;
      const decided = factOf(catalogue, decision.fact, `${at}.decision.fact`, problem);
      if (decided) {
        checkField(decided.fields, decision.on, `${at}.decision.on`, problem, 'date');
        decision.where?.forEach((c, k) => checkCondition(decided.fields, c, `${at}.decision.where[${k}]`, problem));
      }
      checkNaming(decided?.fields, qualifying.fields, decision, `${at}.decision`, problem);
      const ids = new Set<string>();
      criterion.steps?.forEach((step, k) => {
        const path = `${at}.steps[${k}]`;
        if (ids.has(step.id)) problem(`${path}.id`, `${step.id} is defined twice`);
        ids.add(step.id);
        const fact = factOf(catalogue, step.fact, `${path}.fact`, problem);
        if (fact && step.on) checkField(fact.fields, step.on, `${path}.on`, problem, 'date');
        checkNaming(fact?.fields, qualifying.fields, step, path, problem);
      });
    }),
  );
}

function checkNaming(
  own: Readonly<Record<string, FieldSpec>> | undefined,
  named: Readonly<Record<string, FieldSpec>>,
  naming: { readonly by: readonly string[]; readonly matches: readonly string[] },
  path: string,
  problem: Report,
): void {
  if (naming.by.length !== naming.matches.length) problem(`${path}.matches`, 'must name as many fields as by');
  if (own) naming.by.forEach((field, k) => checkField(own, field, `${path}.by[${k}]`, problem));
  naming.matches.forEach((field, k) => checkField(named, field, `${path}.matches[${k}]`, problem));
}
