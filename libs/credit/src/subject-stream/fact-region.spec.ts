import { validResidentId, validUscc } from '#kernel/testing';
import { foldHistory } from './evolve.js';
import { registrationRegion } from './fact-region.js';
import { catalogue, definitionOf, given } from './testing/given-when-then.js';

/**
 * The fallback jurisdiction of a fact (rule-format §6): GB 32100-2015 codes characters 3–8 of a 统一社会信用代码 as
 * the registration authority's administrative-division code (登记管理机关行政区划码, GB/T 2260).
 */
describe('registrationRegion', () => {
  it.each`
    case                                         | subject                                                                          | region
    ${'an enterprise registered in 安康 汉滨区'} | ${{ kind: 'enterprise', code: validUscc('91', '610902', 'MA0001QK') }}           | ${'610902'}
    ${'a social organisation in 南京 (city)'}    | ${{ kind: 'other-organization', code: validUscc('51', '320100', '50003734') }}   | ${'320100'}
    ${'a person: never guessed from 身份证号'}   | ${{ kind: 'natural-person', code: validResidentId('610902', '1980-01-01', 11) }} | ${undefined}
    ${'a code that fails its check'}             | ${{ kind: 'enterprise', code: '91610902MA0001QK00' }}                            | ${undefined}
  `('$case → $region', ({ subject, region }) => {
    expect(registrationRegion(subject)).toBe(region);
  });

  it('given a fact recorded on an enterprise, then the history the list rules read carries its registration region', () => {
    const subject = { kind: 'enterprise' as const, code: validUscc('91', '610902', 'MA0001QK'), name: '安康某建筑劳务有限公司' };
    const { events } = given({ type: 'WageArrearsFound', subject, data: definitionOf('WageArrearsFound').example });
    expect(foldHistory(catalogue, events).facts.map((f) => f.region)).toEqual(['610902']);
  });
});
