import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseRuleSetTexts, readRuleSetDirectory, readRuleSetFiles, SHIPPED_RULE_SET } from './rule-set-directory.js';

/** A deployment's rule set: the national directory with `layers/<code>/` parts added, each validated. */
describe('readRuleSetDirectory with layers', () => {
  let directory: string;
  const memorandum = (layer: string) => `
memoranda:
  - id: shaanxi-wage
    title: 陕西省企业工资支付条例 工资支付重点监察
    kind: punishment
    signatories: [陕西省人力资源和社会保障厅]
    listTypes: [wage-arrears]
    sources: [https://example.org/shaanxi]
    layer: "${layer}"
`;
  const addLayer = (code: string, text: string) => {
    fs.mkdirSync(path.join(directory, 'layers', code), { recursive: true });
    fs.writeFileSync(path.join(directory, 'layers', code, 'shaanxi.yaml'), text);
  };
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-set-'));
    fs.cpSync(SHIPPED_RULE_SET, directory, { recursive: true });
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('reads a layer part with the national parts', () => {
    addLayer('610000', memorandum('610000'));
    const parsed = readRuleSetDirectory(directory);
    expect(parsed.ok && parsed.ruleSet.memoranda.find((m) => m.id === 'shaanxi-wage')?.layer).toBe('610000');
  });

  it.each`
    case                                      | code         | declared    | problem
    ${'a memorandum declaring another layer'} | ${'610000'}  | ${'320000'} | ${'memoranda[0].layer: must be "610000": the file is in layers/610000'}
    ${'a directory that is no region code'}   | ${'shaanxi'} | ${'610000'} | ${': a layer directory must be a 6-digit GB/T 2260 code in quotes, e.g. "320000"'}
  `('refuses $case', ({ code, declared, problem }) => {
    addLayer(code, memorandum(declared));
    const parsed = readRuleSetDirectory(directory);
    expect(parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.reason}`)).toContain(problem);
  });
});

/** The same rule set given as named texts (as POST /v1/rule-sets sends it): read as the directory is. */
describe('parseRuleSetTexts', () => {
  const shippedFiles = () => readRuleSetFiles(SHIPPED_RULE_SET);

  it('reads the shipped files as the directory reader does', () => {
    const fromTexts = parseRuleSetTexts(shippedFiles());
    const fromDirectory = readRuleSetDirectory(SHIPPED_RULE_SET);
    expect(fromTexts.ok && fromDirectory.ok && fromTexts.ruleSet).toEqual(fromDirectory.ok && fromDirectory.ruleSet);
  });

  it('names the file and the path of each problem, a misplaced name and a missing head', () => {
    const files = shippedFiles();
    files['wage-arrears.yaml'] = files['wage-arrears.yaml'].replace(/^memoranda:/m, 'memoranda: [\n');
    files['notes/extra.yaml'] = 'memoranda: []';
    const parsed = parseRuleSetTexts(files);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.file)).toEqual(expect.arrayContaining(['wage-arrears.yaml', 'notes/extra.yaml']));
    const { ['rule-set.yaml']: _head, ...headless } = shippedFiles();
    const missing = parseRuleSetTexts(headless);
    expect(missing.ok ? [] : missing.problems).toEqual([{ file: 'rule-set.yaml', path: '', reason: expect.stringContaining('missing') }]);
  });

  it('checks a layer part given by its name under layers/<code>/', () => {
    const files = { ...shippedFiles(), 'layers/610000/shaanxi.yaml': 'memoranda:\n  - id: x\n    layer: "320000"\n' };
    const parsed = parseRuleSetTexts(files);
    expect(parsed.ok ? [] : parsed.problems).toContainEqual({
      file: 'layers/610000/shaanxi.yaml',
      path: 'memoranda[0].layer',
      reason: 'must be "610000": the file is in layers/610000',
    });
  });
});
