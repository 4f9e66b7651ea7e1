import { fixedClock } from '#kernel';
import { MeasureQueryParams } from './measure-query.params.js';

const params = new MeasureQueryParams(fixedClock('2026-11-20T04:00:00Z'));

describe('MeasureQueryParams: scenario is an own name of the scenario table', () => {
  it.each(Object.getOwnPropertyNames(Object.prototype))('refuses scenario=%s', (scenario) => {
    expect(params.problems({ scenario })).toEqual([{ path: 'scenario', reason: expect.stringMatching(/^must be one of /) }]);
  });

  it('accepts a real scenario', () => {
    expect(params.problems({ scenario: 'public-bidding' })).toEqual([]);
  });
});

describe('MeasureQueryParams: department is a department of the registry', () => {
  it.each(['mof', '财政部', '安康市财政局', '国土资源部', '银保监会'])('accepts department=%s', (department) => {
    expect(params.problems({ department })).toEqual([]);
  });

  it.each(['各有关部门', '不存在的部门', ...Object.getOwnPropertyNames(Object.prototype)])(
    'refuses department=%s, naming the field',
    (department) => {
      expect(params.problems({ department })).toEqual([
        { path: 'department', reason: expect.stringMatching(/^is not a department of the registry/) },
      ]);
    },
  );
});
