import fs from 'node:fs';
import path from 'node:path';
import { parseRuleSetFiles, type ParsedRuleSet } from './parse-rule-set.js';

const MEMORANDA = path.resolve('libs/rules/src/memoranda');
const read = (name: string) => ({ name, text: fs.readFileSync(path.join(MEMORANDA, name), 'utf8') });
const head = read('rule-set.yaml');
const wage = read('wage-arrears.yaml');
const problemsOf = (result: ParsedRuleSet) => (result.ok ? [] : result.problems);

/** The shipped wage file with WAGE.BIDDING (measures[0]) changed by `change`. */
function withBidding(change: (block: string) => string): ParsedRuleSet {
  const start = wage.text.indexOf('  - id: WAGE.BIDDING');
  const end = wage.text.indexOf('  - id: WAGE.PROCUREMENT');
  const text = wage.text.slice(0, start) + change(wage.text.slice(start, end)) + wage.text.slice(end);
  return parseRuleSetFiles(head, [{ name: 'wage-arrears.yaml', text }, read('jurisdiction-refusal-to-pay-wages.yaml')]);
}

describe('rules validate: a measure stands on the basic list or on its own statute (国办发〔2020〕49号)', () => {
  it('given the shipped WAGE.BIDDING (category 1 on 保障农民工工资支付条例, a 行政法规), it validates', () => {
    expect(problemsOf(withBidding((block) => block))).toEqual([]);
  });

  it.each([
    ['法律', true],
    ['行政法规', true],
    ['司法解释', false],
    ['部门规章', false],
    ['规范性文件', false],
  ])('given a category-1 measure whose statute is a %s, it is accepted: %s', (level, accepted) => {
    const result = withBidding((block) => block.replace('level: 行政法规', `level: ${level}`));
    expect(problemsOf(result)).toEqual(
      accepted
        ? []
        : [
            {
              file: 'wage-arrears.yaml',
              path: 'measures[0].statute.level',
              reason: `WAGE.BIDDING is a category-1 measure (减损权益或增加义务) resting on a ${level}; only a 法律 or 行政法规 may set one`,
            },
          ],
    );
  });

  it('given a category-2 measure on a 部门规章, it is accepted (management measures need no law)', () => {
    const result = withBidding((block) => block.replace('category: 1', 'category: 2').replace('level: 行政法规', 'level: 部门规章'));
    expect(problemsOf(result)).toEqual([]);
  });

  it('given a category-1 measure with no statute, it is refused', () => {
    const result = withBidding((block) => block.replace(/ {4}statute:\n(?: {6}.*\n| {8}.*\n)*/, ''));
    expect(problemsOf(result)).toEqual([
      {
        file: 'wage-arrears.yaml',
        path: 'measures[0].statute',
        reason: 'WAGE.BIDDING is a category-1 measure (减损权益或增加义务): it needs a 法律 or 行政法规 as statute',
      },
    ]);
  });

  it('given a measure with neither basicList nor statute, it is refused', () => {
    const result = withBidding((block) => block.replace(/ {4}(basicList|statute):\n(?: {6}.*\n| {8}.*\n)*/g, ''));
    expect(problemsOf(result)).toEqual([
      {
        file: 'wage-arrears.yaml',
        path: 'measures[0]',
        reason:
          'WAGE.BIDDING has neither basicList nor statute: a measure must stand on the 全国失信惩戒措施基础清单 or on its own statute (国办发〔2020〕49号)',
      },
    ]);
  });

  it('given a category-3 measure not marked advisory, or an advisory measure outside category 3, it is refused', () => {
    const notAdvisory = withBidding((block) => block.replace('category: 1', 'category: 3'));
    expect(problemsOf(notAdvisory)).toEqual([
      expect.objectContaining({ path: 'measures[0].advisory', reason: expect.stringContaining('must be advisory: true') }),
    ]);
    const advisory = withBidding((block) => block.replace('    basicList:', '    advisory: true\n    basicList:'));
    expect(problemsOf(advisory)).toEqual([
      expect.objectContaining({ path: 'measures[0].advisory', reason: expect.stringContaining('only a category-3 measure') }),
    ]);
  });

  it('given a basic-list citation without item, it needs the reason in inferred', () => {
    const result = withBidding((block) => block.replace(/ {6}inferred: no edition's item text.*\n/, ''));
    expect(problemsOf(result)).toEqual([
      { file: 'wage-arrears.yaml', path: 'measures[0].basicList', reason: 'without item, say in inferred why the item could not be read' },
    ]);
  });

  it.each([
    ['各有关部门', 'is not a registry department'],
    ['住房城乡建设部', 'is a name of registry department mohurd: name departments by registry id'],
    ['ankang-housing', 'is a local department: a measure names national departments'],
  ])('given the department %s, it is refused: %s', (department, reason) => {
    const result = withBidding((block) => block.replace('departments: [mohurd, mot, mwr]', `departments: [${department}, mot, mwr]`));
    expect(problemsOf(result)).toEqual([
      { file: 'wage-arrears.yaml', path: 'measures[0].departments[0]', reason: expect.stringContaining(reason) },
    ]);
  });

  it('given an edition outside 2021, 2022 and 2024, the shape is refused', () => {
    const result = withBidding((block) => block.replace('edition: "2022"', 'edition: "2023"'));
    expect(problemsOf(result)).toEqual([
      expect.objectContaining({ path: 'measures[0].basicList.edition', reason: 'must be one of 2021, 2022, 2024' }),
    ]);
  });
});
