import { fixedClock } from '#kernel';
import { loadShippedRuleSet } from '#runtime';
import { MeasureQueryParams } from './measure-query.params.js';

const params = new MeasureQueryParams(fixedClock('2026-11-20T04:00:00Z'), loadShippedRuleSet());

describe('MeasureQueryParams: scenario is an own name of the scenario table', () => {
  it.each(Object.getOwnPropertyNames(Object.prototype))('refuses scenario=%s', (scenario) => {
    expect(params.problems({ scenario })).toEqual([{ path: 'scenario', reason: expect.stringMatching(/^must be one of /) }]);
  });

  it('accepts a real scenario', () => {
    expect(params.problems({ scenario: 'public-bidding' })).toEqual([]);
  });
});
