import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { decidedWagePart } from '../testing/decided-wage-part.js';
import { parseRuleSetFiles, type ParsedRuleSet } from './parse-rule-set.js';

const head = { name: 'rule-set.yaml', text: fs.readFileSync(path.resolve('libs/rules/src/memoranda/rule-set.yaml'), 'utf8') };
const problemsOf = (result: ParsedRuleSet) => (result.ok ? [] : result.problems);
/** The synthetic part, changed by `edit`, as a file beside the shipped head. */
const validate = (edit: (part: typeof decidedWagePart) => void = () => {}) => {
  const part = structuredClone(decidedWagePart);
  edit(part);
  return problemsOf(parseRuleSetFiles(head, [{ name: 'wage.yaml', text: stringify(part) }]));
};
const listType = (part: typeof decidedWagePart) => part.listTypes[0] as Record<string, any>;

describe('rules validate: regimes and decided listings', () => {
  it('accepts regimes, regime-bound criteria, terms and exits, decisions and steps', () => {
    expect(validate()).toEqual([]);
  });

  it('merges the regimes of a part file into the rule set', () => {
    const result = parseRuleSetFiles(head, [{ name: 'wage.yaml', text: stringify(decidedWagePart) }]);
    expect(result.ok && result.ruleSet.regimes?.map((r) => r.id)).toEqual(['test-old', 'test-new']);
  });

  it.each`
    where            | edit                                                                        | path
    ${'a criterion'} | ${(p: typeof decidedWagePart) => (listType(p).criteria[1].regime = 'nope')} | ${'listTypes[0].criteria[1].regime'}
    ${'a term'}      | ${(p: typeof decidedWagePart) => (listType(p).terms[0].regime = 'nope')}    | ${'listTypes[0].terms[0].regime'}
    ${'an exit'}     | ${(p: typeof decidedWagePart) => (listType(p).exits[0].regime = 'nope')}    | ${'listTypes[0].exits[0].regime'}
  `('refuses an undeclared regime on $where, naming the file and path', ({ edit, path: at }) => {
    expect(validate(edit)).toEqual([{ file: 'wage.yaml', path: at, reason: expect.stringContaining('unknown regime nope') }]);
  });

  it('refuses a criterion or term without a regime in a list type whose other criteria name one', () => {
    const problems = validate((p) => {
      delete listType(p).criteria[2].regime;
      delete listType(p).terms[1].regime;
    });
    expect(problems.map((p) => [p.path, p.reason])).toEqual([
      ['listTypes[0].criteria[2].regime', expect.stringContaining('is missing: test-wage names regimes')],
      ['listTypes[0].terms[1].regime', expect.stringContaining('is missing')],
    ]);
  });

  it('refuses a regime defined twice and one that ends before it starts', () => {
    const problems = validate((p) => {
      p.regimes[1].id = 'test-old';
      (p.regimes[0] as Record<string, unknown>).effectiveUntil = '2017-12-31';
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['regimes[1].id', 'regimes[0].effectiveUntil', 'listTypes[0].criteria[1].regime']),
    );
  });

  it.each`
    case                                      | edit                                                                                                                              | path                                              | reason
    ${'a decision fact not in the catalogue'} | ${(p: typeof decidedWagePart) => (listType(p).criteria[0].decision = { ...listType(p).criteria[0].decision, fact: 'Nope' })}      | ${'listTypes[0].criteria[0].decision.fact'}       | ${'unknown fact type Nope'}
    ${'a decision date that is not a date'}   | ${(p: typeof decidedWagePart) => (listType(p).criteria[0].decision = { ...listType(p).criteria[0].decision, on: 'basis' })}       | ${'listTypes[0].criteria[0].decision.on'}         | ${'a date field is needed'}
    ${'a qualifying field that is not there'} | ${(p: typeof decidedWagePart) => (listType(p).criteria[0].decision = { ...listType(p).criteria[0].decision, matches: ['nope'] })} | ${'listTypes[0].criteria[0].decision.matches[0]'} | ${'no field nope'}
    ${'a step field that is not there'}       | ${(p: typeof decidedWagePart) => (listType(p).criteria[1].steps = [{ ...listType(p).criteria[1].steps[0], by: ['nope'] }])}       | ${'listTypes[0].criteria[1].steps[0].by[0]'}      | ${'no field nope'}
    ${'steps without a decision'}             | ${(p: typeof decidedWagePart) => delete listType(p).criteria[1].decision}                                                         | ${'listTypes[0].criteria[1].steps'}               | ${'steps need a decision'}
  `('refuses $case', ({ edit, path: at, reason }) => {
    expect(validate(edit)).toEqual([{ file: 'wage.yaml', path: at, reason: expect.stringContaining(reason) }]);
  });
});
