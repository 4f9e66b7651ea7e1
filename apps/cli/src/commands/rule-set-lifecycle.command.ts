import fs from 'node:fs';
import os from 'node:os';
import { FactCatalogue } from '#credit';
import { activateRuleSet, previewActivation, publishRuleSet, ruleSetHistory, RuleSetLifecycleError, type ActivationPlan } from '#ingestion';
import { formatProblems, parseRuleSet } from '#rules';
import { loadActiveRuleSet, openStorage, readRuleSetDirectory, type JiangchengConfig } from '#runtime';
import { option } from './options.js';

export const RULE_SET_LIFECYCLE_USAGE = `  rules publish <rule set>      record a validated rule set as published (an event on the rule-sets stream)
  rules history                 published versions and activations
  rules preview <version> --effective-from <YYYY-MM-DD> [--json]
                                which subjects would gain or lose list entries and measures if it were activated
  rules activate <version> --effective-from <YYYY-MM-DD>
                                activate it: re-evaluates the affected subjects and records their listing changes from that date
                                (restart the api afterwards: it records new facts under the rule set active when it started)`;

export async function ruleSetLifecycleCommand(config: JiangchengConfig, action: string, rest: string[]): Promise<number> {
  const actor = `cli:${os.userInfo().username}`;
  if (action === 'publish' && !rest[0]) return usage();
  if ((action === 'preview' || action === 'activate') && (!rest[0] || !option(rest, '--effective-from'))) return usage();
  const storage = await openStorage(config);
  try {
    if (action === 'publish') {
      const parsed = fs.statSync(rest[0]).isDirectory() ? readRuleSetDirectory(rest[0]) : parseRuleSet(fs.readFileSync(rest[0], 'utf8'), rest[0]);
      if (!parsed.ok) {
        console.error(formatProblems(parsed.problems));
        return 2;
      }
      const { digest, alreadyPublished } = await publishRuleSet(storage.eventStore, parsed.ruleSet, actor);
      console.log(`${parsed.ruleSet.ruleSet} ${parsed.ruleSet.version} ${alreadyPublished ? 'was already published' : 'published'} (sha256 ${digest})`);
      return 0;
    }
    if (action === 'history') {
      const history = await ruleSetHistory(storage.eventStore);
      for (const p of history.published.values()) console.log(`published ${p.id} ${p.version} sha256 ${p.digest}`);
      for (const a of history.activations) console.log(`activated ${a.data.id} ${a.data.version} from ${a.data.effectiveFrom} (after ${a.data.previous?.version ?? 'the shipped rule set'})`);
      if (history.activations.length === 0) console.log(`no activation recorded: the shipped rule set ${loadActiveRuleSet().version} is in force`);
      return 0;
    }
    const [version, effectiveFrom] = [rest[0], option(rest, '--effective-from')!];
    const progress = (n: number) => process.stderr.write(`\r${n} subjects examined`);
    const catalogue = new FactCatalogue();
    const plan =
      action === 'preview'
        ? await previewActivation(storage.eventStore, catalogue, version, effectiveFrom, loadActiveRuleSet(), progress)
        : await activateRuleSet(storage.eventStore, catalogue, version, effectiveFrom, loadActiveRuleSet(), { actor, onProgress: progress });
    process.stderr.write('\n');
    if (rest.includes('--json')) console.log(JSON.stringify(plan, null, 2));
    else printPlan(plan, action === 'activate');
    return 0;
  } catch (error) {
    if (error instanceof RuleSetLifecycleError) {
      console.error(`jiangcheng: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await storage.close();
  }
}

function printPlan(plan: ActivationPlan, done: boolean): void {
  console.log(`${done ? 'activated' : 'if activated'}: ${plan.from.version} → ${plan.to.version} from ${plan.effectiveFrom}; ${plan.subjectsExamined} subjects examined, ${plan.changes.length} change`);
  for (const change of plan.changes) {
    const parts = [
      ...change.gained.map((g) => `+${g.listType} from ${g.since}`),
      ...change.lost.map((l) => `-${l.listType} from ${l.on}`),
      ...change.measuresGained.map((m) => `+${m}`),
      ...change.measuresLost.map((m) => `-${m}`),
    ];
    console.log(`  ${change.subject}: ${parts.join(', ')}`);
  }
}

function usage(): number {
  console.error(`usage:\n${RULE_SET_LIFECYCLE_USAGE}`);
  return 1;
}
