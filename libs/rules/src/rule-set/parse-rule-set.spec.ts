import fs from 'node:fs';
import path from 'node:path';
import { parseRuleSet, type ParsedRuleSet } from './parse-rule-set.js';

const MEMORANDA = path.resolve('libs/rules/src/memoranda');
const shipped = fs.readdirSync(MEMORANDA).filter((file) => file.endsWith('.yaml'));
const problemsOf = (result: ParsedRuleSet) => (result.ok ? [] : result.problems);

describe('rule-set files', () => {
  it.each(shipped)('%s loads and validates', (file) => {
    const result = parseRuleSet(fs.readFileSync(path.join(MEMORANDA, file), 'utf8'), file);
    expect(problemsOf(result)).toEqual([]);
  });

  const tax = fs.readFileSync(path.join(MEMORANDA, 'major-tax-cases.yaml'), 'utf8');

  it('refuses a malformed rule set with the file, the path of each error and the reason', () => {
    const broken = tax
      .replace('threshold: { 以上: "1000000", unit: 元 }', 'threshold: { 以上: 1000000.5, unit: 元 }')
      .replace('reaches: [subject]\n    scenarios: [tax-administration]', 'reaches: [subject, chairman]\n    scenarios: [tax-administration]')
      .replace('since: finalOn', 'since: finalDate');
    expect(problemsOf(parseRuleSet(broken, 'broken.yaml'))).toEqual([
      { file: 'broken.yaml', path: 'listTypes[0].criteria[0].where[1].where[0].threshold.以上', reason: expect.stringContaining('exact decimal written as a string') },
      { file: 'broken.yaml', path: 'measures[0].reaches[1]', reason: expect.stringContaining('must be one of subject, natural-person-subject') },
    ]);
    // Shape first; references are checked once the shape is right.
    const badReference = tax.replace('since: finalOn', 'since: finalDate').replace('fact: TaxPaidInFull', 'fact: TaxPaid');
    expect(problemsOf(parseRuleSet(badReference, 'refs.yaml'))).toEqual([
      { file: 'refs.yaml', path: 'listTypes[0].criteria[0].since', reason: expect.stringContaining('no field finalDate') },
      { file: 'refs.yaml', path: 'listTypes[0].exits[0].fact', reason: expect.stringContaining('unknown fact type TaxPaid') },
    ]);
  });

  it('refuses unknown keys, enum values outside the fact, and measures on the wrong colour of list', () => {
    const broken = tax
      .replace('    initiatingDepartments: [税务总局]', '    initiatingDepartment: [税务总局]')
      .replace('equals: evasion', 'equals: evading');
    expect(problemsOf(parseRuleSet(broken, 'x.yaml')).map((p) => p.path)).toEqual([
      'listTypes[0].initiatingDepartment',
      'listTypes[0].initiatingDepartments',
    ]);
    expect(problemsOf(parseRuleSet(tax.replace('equals: evasion', 'equals: evading'), 'x.yaml'))).toEqual([
      { file: 'x.yaml', path: 'listTypes[0].criteria[0].where[0]', reason: expect.stringContaining('evading is not a value of violation') },
    ]);
    expect(problemsOf(parseRuleSet(tax.replace('    color: black', '    color: red'), 'x.yaml')).map((p) => p.path)).toContain('measures[0].listTypes[0]');
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problemsOf(parseRuleSet('ruleSet: [unclosed', 'bad.yaml'))[0]).toMatchObject({ file: 'bad.yaml', path: '', reason: expect.stringMatching(/line 1/) });
  });
});
