/**
 * P5: the compiled rule evaluator against json-rules-engine on the same encoded rules: every listing
 * criterion of the shipped rule set that reads one fact (no history count, no decision, no condition on other facts
 * or on a province's figure) is translated into a json-rules-engine rule with its regime's dates, both decide the
 * same generated facts, the decisions must agree, and the rates are compared.
 */
import path from 'node:path';
import { Engine, type NestedCondition, type TopLevelCondition } from 'json-rules-engine';
import { FactCatalogue, type FieldSpec } from '#credit';
import { valueAt } from '#kernel';
import {
  compileRuleSet,
  compareDecimals,
  isDecimal,
  meets,
  multiplyDecimals,
  parseDecimal,
  threshold,
  type ConditionDoc,
  type ThresholdWord,
} from '#rules';
import { readRuleSetDirectory } from '#runtime';

const parsed = readRuleSetDirectory(path.resolve('libs/rules/src/memoranda'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const rules = compileRuleSet(parsed.ruleSet);
const catalogue = new FactCatalogue();

// --- the same criteria as json-rules-engine rules, with the operators such a user would add ---
const WORDS: ThresholdWord[] = ['以上', '以下', '超过', '不满'];
const number = (v: unknown) => (typeof v === 'number' ? parseDecimal(String(v)) : isDecimal(v) ? parseDecimal(v) : undefined);

function interpret(condition: ConditionDoc, record: unknown): boolean {
  if ('anyOf' in condition) return condition.anyOf.some((c) => interpret(c, record));
  if ('allOf' in condition) return condition.allOf.every((c) => interpret(c, record));
  if ('any' in condition) {
    const items = valueAt(record, condition.any);
    return Array.isArray(items) && items.some((item) => condition.where.every((c) => interpret(c, item)));
  }
  if ('ratio' in condition) return ratioMeets(record, condition.ratio, condition.threshold.word, condition.threshold.value);
  if (!('field' in condition)) throw new Error('the benchmark interprets conditions on one fact only');
  if ('threshold' in condition) {
    const value = number(valueAt(record, condition.field));
    return value !== undefined && meets(value, threshold(condition.threshold.word, condition.threshold.value));
  }
  if ('equals' in condition) return valueAt(record, condition.field) === condition.equals;
  return condition.in.includes(valueAt(record, condition.field) as never);
}

function ratioMeets(record: unknown, ratio: { numerator: string; denominator: string }, word: ThresholdWord, limit: string): boolean {
  const n = number(valueAt(record, ratio.numerator));
  const d = number(valueAt(record, ratio.denominator));
  if (!n || !d || d.units === 0n) return false;
  const order = compareDecimals(n, multiplyDecimals(parseDecimal(limit), d));
  return meets({ units: BigInt(order), scale: 0 }, threshold(word, '0'));
}

function translate(condition: ConditionDoc): NestedCondition {
  const at = (field: string) => ({ fact: 'data', path: `$.${field}` });
  if ('anyOf' in condition) return { any: condition.anyOf.map(translate) };
  if ('allOf' in condition) return { all: condition.allOf.map(translate) };
  if ('any' in condition) return { fact: 'data', operator: 'anyItem', value: { list: condition.any, where: condition.where } };
  if ('ratio' in condition)
    return { fact: 'data', operator: `ratio${condition.threshold.word}`, value: { ...condition.ratio, limit: condition.threshold.value } };
  if (!('field' in condition)) throw new Error('the benchmark translates conditions on one fact only');
  if ('threshold' in condition)
    return { ...at(condition.field), operator: `decimal${condition.threshold.word}`, value: condition.threshold.value };
  if ('equals' in condition) return { ...at(condition.field), operator: 'equal', value: condition.equals };
  return { ...at(condition.field), operator: 'in', value: condition.in };
}

/** Whether json-rules-engine can say the condition with the operators below (conditions on one fact only). */
function translatable(condition: ConditionDoc): boolean {
  if ('anyOf' in condition) return condition.anyOf.every(translatable);
  if ('allOf' in condition) return condition.allOf.every(translatable);
  if ('any' in condition) return condition.where.every(translatable);
  if ('ratio' in condition) return true;
  if (!('field' in condition)) return false;
  return !('threshold' in condition) || !('table' in condition.threshold);
}
const compared = new Set(
  (parsed.ok ? parsed.ruleSet.listTypes : [])
    .flatMap((listType) => listType.criteria)
    .filter((criterion) => !criterion.history && !criterion.decision && (criterion.where ?? []).every(translatable))
    .map((criterion) => criterion.id),
);

function engineFor(type: string): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const word of WORDS) {
    engine.addOperator(`decimal${word}`, (fact: unknown, limit: string) => {
      const value = number(fact);
      return value !== undefined && meets(value, threshold(word, limit));
    });
    engine.addOperator(`ratio${word}`, (fact: unknown, v: { numerator: string; denominator: string; limit: string }) =>
      ratioMeets(fact, v, word, v.limit),
    );
  }
  engine.addOperator('dateOnOrAfter', (fact: unknown, date: string) => typeof fact === 'string' && fact >= date);
  engine.addOperator('dateBefore', (fact: unknown, date: string) => typeof fact === 'string' && fact < date);
  engine.addOperator('anyItem', (fact: unknown, v: { list: string; where: ConditionDoc[] }) =>
    interpret({ any: v.list, where: v.where }, fact),
  );
  for (const listType of parsed.ok ? parsed.ruleSet.listTypes : []) {
    for (const criterion of listType.criteria) {
      if (criterion.fact !== type || !compared.has(criterion.id)) continue;
      const conditions: TopLevelCondition = { all: (criterion.where ?? []).map(translate) };
      const since = { fact: 'data', path: `$.${criterion.since}` };
      // The dates the criterion applies in: its regime's, narrowed by its own.
      const { window } = rules.criteriaByFact.get(type)!.find((compiled) => compiled.id === criterion.id)!;
      if (window.from) conditions.all.push({ ...since, operator: 'dateOnOrAfter', value: window.from });
      if (window.until) conditions.all.push({ ...since, operator: 'dateBefore', value: window.until });
      if (conditions.all.length === 0) conditions.all.push({ fact: 'data', operator: 'notEqual', value: null });
      engine.addRule({ conditions, event: { type: criterion.id } });
    }
  }
  return engine;
}

// --- facts around the thresholds, deterministic ---
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
function randomize(spec: FieldSpec, example: unknown): unknown {
  switch (spec.kind) {
    case 'decimal':
      return (Number(example ?? 1) * (0.5 + random())).toFixed(2);
    case 'integer':
      return Math.max(spec.min, Math.min(spec.max, Math.round(Number(example ?? 1) * (random() * 4))));
    case 'enum':
      return Object.keys(spec.values)[Math.floor(random() * Object.keys(spec.values).length)];
    case 'boolean':
      return random() < 0.5;
    case 'list':
      return (Array.isArray(example) ? example : []).map((item) => randomizeRecord(spec.item, item));
    default:
      return example;
  }
}
function randomizeRecord(fields: Readonly<Record<string, FieldSpec>>, example: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, randomize(spec, example[name])]));
}

const plain = (type: string) => (rules.criteriaByFact.get(type) ?? []).filter((c) => compared.has(c.id));

export async function compareEvaluators(count = 20_000) {
  const types = [...rules.criteriaByFact.keys()];
  const facts = Array.from({ length: count }, (_, i) => {
    const definition = catalogue.get(types[i % types.length])!;
    return { type: definition.type, data: randomizeRecord(definition.fields, definition.example as Record<string, unknown>) };
  });
  const engines = new Map(types.map((type) => [type, engineFor(type)]));
  // Warm both and check they decide alike.
  let agreed = 0;
  let listed = 0;
  for (const fact of facts) {
    const ours = plain(fact.type)
      .filter((c) => c.matches(fact.data))
      .map((c) => c.id)
      .sort();
    const theirs = (await engines.get(fact.type)!.run({ data: fact.data })).events.map((e) => e.type).sort();
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) throw new Error(`disagree on ${JSON.stringify(fact)}: ${ours} vs ${theirs}`);
    agreed++;
    if (ours.length) listed++;
  }
  const t0 = process.hrtime.bigint();
  let matches = 0;
  for (let round = 0; round < 5; round++) {
    for (const fact of facts) for (const criterion of plain(fact.type)) if (criterion.matches(fact.data)) matches++;
  }
  const compiledSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const t1 = process.hrtime.bigint();
  for (const fact of facts) matches += (await engines.get(fact.type)!.run({ data: fact.data })).events.length;
  const engineSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
  const compiledRate = (facts.length * 5) / compiledSeconds;
  const engineRate = facts.length / engineSeconds;
  return {
    facts: facts.length,
    factTypes: types,
    agreed,
    listed,
    compiledFactsPerSecond: Math.round(compiledRate),
    jsonRulesEngineFactsPerSecond: Math.round(engineRate),
    ratio: +(compiledRate / engineRate).toFixed(1),
    matches,
  };
}
