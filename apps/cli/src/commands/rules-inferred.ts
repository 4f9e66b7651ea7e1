import type { RuleSetDocument } from '#rules';

/** `rules inferred`: every item the sources do not state (`inferred`) or take from a local text (`local`). */
export function listInferred(ruleSet: RuleSetDocument): number {
  let inferred = 0;
  let local = 0;
  const walk = (value: unknown, path: string, label: string) => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}[${i}]`, label));
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const name = typeof record.id === 'string' ? record.id : label;
    if (record.inferred !== undefined) {
      for (const note of [record.inferred].flat()) {
        inferred++;
        console.log(`[inferred] ${name} (${path}): ${String(note)}`);
      }
    }
    if (record.local === true) {
      local++;
      console.log(`[local] ${name} (${path}): ${String(record.documentNumber ?? '')}`);
    }
    for (const [key, child] of Object.entries(record)) if (key !== 'inferred') walk(child, path ? `${path}.${key}` : key, name);
  };
  walk(ruleSet, '', ruleSet.ruleSet);
  console.log(`${inferred} inferred, ${local} local`);
  return 0;
}
