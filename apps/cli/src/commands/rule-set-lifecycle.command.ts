import fs from 'node:fs';
import os from 'node:os';
import { FactCatalogue } from '#credit';
import { activateRuleSet, previewActivation, publishRuleSet, ruleSetHistory, RuleSetLifecycleError, type ActivationPlan } from '#ingestion';
import { formatProblems, parseRuleSet } from '#rules';
import { loadShippedRuleSet, openStorage, readRuleSetDirectory, type JiangchengConfig } from '#runtime';
import { progress } from '../progress.js';

export type LifecycleAction = 'publish' | 'history' | 'preview' | 'activate';

export interface LifecycleOptions {
  /** publish: the rule set's directory or file. */
  readonly ruleSet?: string;
  /** preview, activate: the published version. */
  readonly version?: string;
  readonly effectiveFrom?: string;
  readonly json?: boolean;
}

/** Publishes, lists, previews and activates rule sets; activation re-evaluates the affected subjects. Exit 2: refused. */
export async function ruleSetLifecycleCommand(
  config: JiangchengConfig,
  action: LifecycleAction,
  options: LifecycleOptions,
): Promise<number> {
  const actor = `cli:${os.userInfo().username}`;
  const storage = await openStorage(config);
  try {
    if (action === 'publish') {
      const source = options.ruleSet!;
      if (!fs.existsSync(source)) {
        console.error(`no such file or directory: ${source}`);
        return 1;
      }
      const parsed = fs.statSync(source).isDirectory()
        ? readRuleSetDirectory(source)
        : parseRuleSet(fs.readFileSync(source, 'utf8'), source);
      if (!parsed.ok) {
        console.error(formatProblems(parsed.problems));
        return 2;
      }
      const { digest, alreadyPublished } = await publishRuleSet(storage.eventStore, parsed.ruleSet, actor);
      console.log(
        `${parsed.ruleSet.ruleSet} ${parsed.ruleSet.version} ${alreadyPublished ? 'was already published' : 'published'} (sha256 ${digest})`,
      );
      return 0;
    }
    if (action === 'history') {
      const history = await ruleSetHistory(storage.eventStore);
      for (const p of history.published.values()) console.log(`published ${p.id} ${p.version} sha256 ${p.digest}`);
      for (const a of history.activations)
        console.log(
          `activated ${a.data.id} ${a.data.version} from ${a.data.effectiveFrom} (after ${a.data.previous?.version ?? 'the shipped rule set'})`,
        );
      if (history.activations.length === 0)
        console.log(`no activation recorded: the shipped rule set ${loadShippedRuleSet().version} is in force`);
      return 0;
    }
    const [version, effectiveFrom] = [options.version!, options.effectiveFrom!];
    const bar = progress({ label: `${action} ${version}`, unit: 'subjects' });
    const catalogue = new FactCatalogue();
    const plan =
      action === 'preview'
        ? await previewActivation(storage.eventStore, catalogue, version, effectiveFrom, loadShippedRuleSet(), (n) => bar.update(n))
        : await activateRuleSet(storage.eventStore, catalogue, version, effectiveFrom, loadShippedRuleSet(), {
            actor,
            onProgress: (n) => bar.update(n),
          });
    bar.stop();
    if (options.json) console.log(JSON.stringify(plan, null, 2));
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
  console.log(
    `${done ? 'activated' : 'if activated'}: ${plan.from.version} → ${plan.to.version} from ${plan.effectiveFrom}; ${plan.subjectsExamined} subjects examined, ${plan.changes.length} change`,
  );
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
