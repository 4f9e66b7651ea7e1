import fs from 'node:fs';
import path from 'node:path';
import { parseRuleSet as parseWhole, parseRuleSetFiles, type ParsedRuleSet } from './parse-rule-set.js';

const MEMORANDA = path.resolve('libs/rules/src/memoranda');
const read = (name: string) => ({ name, text: fs.readFileSync(path.join(MEMORANDA, name), 'utf8') });
const head = read('rule-set.yaml');
const parts = fs.readdirSync(MEMORANDA).filter((file) => file.endsWith('.yaml') && file !== 'rule-set.yaml');
const problemsOf = (result: ParsedRuleSet) => (result.ok ? [] : result.problems);
/** The tax memorandum's file, changed, beside the shipped head. */
const parseRuleSet = (text: string, name: string) => parseRuleSetFiles(head, [{ name, text }]);

describe('rule-set files', () => {
  it('the shipped rule set loads and validates, every memorandum file together', () => {
    const result = parseRuleSetFiles(head, parts.map(read));
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok && result.ruleSet.publicationPeriods).toHaveLength(4);
  });

  /** A file that reads another's tables or periods (the wage criteria read the provinces' figures). */
  const needs: Record<string, string[]> = {
    'wage-arrears.yaml': ['jurisdiction-refusal-to-pay-wages.yaml'],
    // the broken commitments' record lasts its 令第36号 period, declared with the others
    'credit-commitments.yaml': ['publication-periods.yaml'],
  };

  it.each(parts)('%s validates on its own (with the tables it reads)', (file) => {
    expect(problemsOf(parseRuleSetFiles(head, [read(file), ...(needs[file] ?? []).map(read)]))).toEqual([]);
  });

  const tax = read('major-tax-cases.yaml').text;

  it('refuses a malformed rule set with the file, the path of each error and the reason', () => {
    const broken = tax
      .replace('threshold: { 以上: "1000000", unit: 元 }', 'threshold: { 以上: 1000000.5, unit: 元 }')
      .replace(
        'reaches: [subject]\n    scenarios: [tax-administration]',
        'reaches: [subject, chairman]\n    scenarios: [tax-administration]',
      )
      .replace('since: determinedOn', 'since: finalDate');
    expect(problemsOf(parseRuleSet(broken, 'broken.yaml'))).toEqual([
      {
        file: 'broken.yaml',
        path: 'listTypes[0].criteria[0].where[1].threshold.以上',
        reason: expect.stringContaining('exact decimal written as a string'),
      },
      {
        file: 'broken.yaml',
        path: 'measures[0].reaches[1]',
        reason: expect.stringContaining('must be one of subject, natural-person-subject'),
      },
    ]);
    // Shape first; references are checked once the shape is right.
    const badReference = tax.replace('since: determinedOn', 'since: finalDate').replace('fact: TaxPaidInFull', 'fact: TaxPaid');
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
    expect(problemsOf(parseRuleSet(tax.replace('    color: black', '    color: red'), 'x.yaml')).map((p) => p.path)).toContain(
      'measures[0].listTypes[0]',
    );
  });

  it('refuses a reaches value no fact can produce, naming why', () => {
    const measureOf = (text: string, id: string) => {
      const at = text.indexOf(`  - id: ${id}\n`);
      return { at, reaches: text.indexOf('    reaches: [', at) };
    };
    const { reaches } = measureOf(tax, 'TAX.OFFICER_BAN');
    const line = tax.slice(reaches, tax.indexOf('\n', reaches));
    // CriminalSentenceServed has no field naming the persons directly responsible
    const unnamed = tax
      .replace(line, line.replace('[', '[directly-responsible-person, '))
      .replace(
        '    reachesPersons: none\n    memorandum: fgcj-2016-2798',
        '    reachesPersons: held-when-listed\n    memorandum: fgcj-2016-2798',
      );
    expect(problemsOf(parseRuleSet(unnamed, 'x.yaml'))).toEqual([
      {
        file: 'x.yaml',
        path: expect.stringMatching(/^measures\[\d+\]\.reaches\[0\]$/),
        reason: expect.stringContaining('CriminalSentenceServed has no directlyResponsible field'),
      },
    ]);
    // a list type that reaches no one through a role cannot carry a measure for its legal representative
    const none = tax.replace('    reachesPersons: held-when-listed', '    reachesPersons: none');
    expect(problemsOf(parseRuleSet(none, 'x.yaml'))).toContainEqual({
      file: 'x.yaml',
      path: expect.stringMatching(/^measures\[\d+\]\.reaches\[\d\]$/),
      reason: expect.stringContaining('reaches no person through a role'),
    });
  });

  it('refuses a publication period with both a class field and a single period, and a sector the fact does not name', () => {
    const periods = read('publication-periods.yaml').text;
    const broken = periods
      .replace('    single: { minMonths: 3, maxMonths: 36 }\n', '    classField: severity\n    single: { minMonths: 3, maxMonths: 36 }\n')
      .replace('in: [food, drug, special-equipment, work-safety, fire-safety]', 'in: [special-equipment, mining]');
    expect(problemsOf(parseRuleSet(broken, 'periods.yaml'))).toEqual([
      expect.objectContaining({
        path: 'publicationPeriods[1]',
        reason: expect.stringContaining('either classField with classes, or single'),
      }),
      expect.objectContaining({ path: 'publicationPeriods[1].sectorMinimum.in[1]', reason: 'sector has no value mining' }),
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problemsOf(parseWhole('ruleSet: [unclosed', 'bad.yaml'))[0]).toMatchObject({
      file: 'bad.yaml',
      path: '',
      reason: expect.stringMatching(/line 1/),
    });
  });

  it('names the file a cross-file reference problem is in', () => {
    const other = `memoranda:
  - id: other-memo
    title: 另一份备忘录
    kind: punishment
    signatories: [国家发展改革委]
    listTypes: [major-tax-case]
    sources: [https://example.org/other]
measures:
  - id: OTHER.PROCUREMENT
    memorandum: missing-memo
    kind: punishment
    text: 限制参加政府采购
    gloss: procurement ban
    departments: [mof]
    listTypes: [major-tax-case]
    reaches: [subject]
    scenarios: [government-procurement]
    basis: { documentNumber: 测试, sources: [https://example.org/other] }
    statute: { documentNumber: 测试, level: 法律, sources: [https://example.org/other] }
`;
    const problems = problemsOf(
      parseRuleSetFiles(head, [
        { name: 'tax.yaml', text: tax },
        { name: 'other.yaml', text: other },
      ]),
    );
    expect(problems).toEqual([{ file: 'other.yaml', path: 'measures[0].memorandum', reason: 'unknown memorandum missing-memo' }]);
  });
});

describe('criteriaOf: a list type on the criteria of another of the same file, with further conditions', () => {
  const tax = read('major-tax-cases.yaml');

  it('the tax exit ban holds the tax list’s criteria, each with the unpaid condition, as <id>.UNPAID', () => {
    const result = parseRuleSetFiles(head, [tax]);
    expect(problemsOf(result)).toEqual([]);
    const listTypes = result.ok ? result.ruleSet.listTypes : [];
    const source = listTypes.find((l) => l.id === 'major-tax-case')!;
    const copy = listTypes.find((l) => l.id === 'tax-exit-ban')!;
    expect(copy.criteria.map((c) => c.id)).toEqual(source.criteria.map((c) => `${c.id}.UNPAID`));
    expect(copy.criteria.every((c) => JSON.stringify(c.where?.at(-1)).includes('unpaidAssessedTax'))).toBe(true);
  });

  it('refuses a criteriaOf naming no list type of the file, with the path; a problem in the source is reported once', () => {
    const broken = {
      ...tax,
      text: tax.text.replace(
        '      listType: major-tax-case\n      idSuffix: UNPAID',
        '      listType: no-such-list\n      idSuffix: UNPAID',
      ),
    };
    expect(problemsOf(parseRuleSetFiles(head, [broken]))[0]).toEqual({
      file: 'major-tax-cases.yaml',
      path: expect.stringMatching(/^listTypes\[\d+\]\.criteriaOf\.listType$/),
      reason: 'must be a list type of this file with criteria of its own',
    });
    const once = problemsOf(parseRuleSetFiles(head, [{ ...tax, text: tax.text.replace('since: determinedOn', 'since: determinedDate') }]));
    expect(once.map((p) => p.path)).toEqual(['listTypes[0].criteria[0].since']);
  });
});
