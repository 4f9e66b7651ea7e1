import { canonicalJson } from '#credit';
import type { RuleSetDocument } from '#rules';

/** `rules diff`: measures, list types and criteria added, removed and changed between two rule sets. */
export function diff(a: RuleSetDocument, b: RuleSetDocument): number {
  console.log(`${a.ruleSet} ${a.version} (effective ${a.effectiveFrom}) → ${b.ruleSet} ${b.version} (effective ${b.effectiveFrom})`);
  let changes = 0;
  const compare = <T extends { id: string }>(label: string, before: readonly T[], after: readonly T[]) => {
    const old = new Map(before.map((x) => [x.id, x]));
    const now = new Map(after.map((x) => [x.id, x]));
    for (const [id, item] of now) {
      if (!old.has(id)) {
        changes++;
        console.log(`+ ${label} ${id}`);
      } else {
        const fields = Object.keys({ ...old.get(id), ...item }).filter(
          (k) => canonicalJson((old.get(id) as Record<string, unknown>)[k]) !== canonicalJson((item as Record<string, unknown>)[k]),
        );
        if (fields.length) {
          changes++;
          console.log(`~ ${label} ${id}: ${fields.join(', ')} changed`);
        }
      }
    }
    for (const id of old.keys())
      if (!now.has(id)) {
        changes++;
        console.log(`- ${label} ${id}`);
      }
  };
  compare('memorandum', a.memoranda, b.memoranda);
  compare(
    'list type',
    a.listTypes.map((l) => ({ ...l, criteria: undefined })),
    b.listTypes.map((l) => ({ ...l, criteria: undefined })),
  );
  compare(
    'criterion',
    a.listTypes.flatMap((l) => l.criteria),
    b.listTypes.flatMap((l) => l.criteria),
  );
  compare('measure', a.measures, b.measures);
  console.log(changes ? `${changes} change(s)` : 'no changes');
  return 0;
}
