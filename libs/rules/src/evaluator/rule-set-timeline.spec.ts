import type { LocalDate } from '#kernel';
import type { CompiledRuleSet } from './compiled-rule-set.js';
import { RuleSetTimeline } from './rule-set-timeline.js';

const ruleSet = (version: string) => ({ version }) as CompiledRuleSet;

describe('the rule set in force on a day', () => {
  const [shipped, second, third] = [ruleSet('2026.1'), ruleSet('2026.2'), ruleSet('2026.3')];
  const timeline = new RuleSetTimeline(shipped, [
    { effectiveFrom: '2026-10-01' as LocalDate, rules: second },
    { effectiveFrom: '2026-12-01' as LocalDate, rules: third },
  ]);

  it('is the first one before any activation takes effect, then each from its effective date on', () => {
    expect(timeline.on('2026-09-30' as LocalDate)).toBe(shipped);
    expect(timeline.on('2026-10-01' as LocalDate)).toBe(second);
    expect(timeline.on('2026-11-30' as LocalDate)).toBe(second);
    expect(timeline.on('2026-12-01' as LocalDate)).toBe(third);
  });

  it('names the last activated as the latest, even before it takes effect', () => {
    expect(timeline.latest).toBe(third);
    expect(new RuleSetTimeline(shipped).latest).toBe(shipped);
  });
});
