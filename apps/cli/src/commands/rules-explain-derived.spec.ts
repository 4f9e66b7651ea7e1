import type { LocalDate } from '#kernel';
import { loadRules } from '../../../../libs/rules/src/testing/rule-spec.js';
import { explanation } from './rules-explain.js';

const rules = loadRules('work-safety.yaml');
const SUBJECT = { code: '91110105MA01ABCD12', kind: 'enterprise', name: '某化工有限公司' };

describe('rules explain reads the fields the catalogue derives, as the api does (contradiction 2: the accident class)', () => {
  it.each([
    [2, []],
    [3, ['SAFETY.LIST.MAJOR_ACCIDENT']],
  ])('an accident line with %i deaths and no class written → %j', (deaths, expected) => {
    const line = {
      type: 'WorkSafetyAccidentDetermined',
      subject: SUBJECT,
      sourceRecordId: 'accident-1',
      data: {
        reportNumber: '应急批1',
        occurredOn: '2022-03-03',
        determinedOn: '2022-06-30',
        deaths,
        seriousInjuries: 0,
        responsibility: 'main',
      },
    };
    const found = explanation(rules, [line], SUBJECT.code, '2022-09-01' as LocalDate);
    expect(found.lists.map((entry) => entry.criterion)).toEqual(expected);
  });
});
