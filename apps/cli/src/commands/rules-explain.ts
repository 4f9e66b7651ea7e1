import fs from 'node:fs';
import { isValidLocalDate, valueAt, type LocalDate } from '#kernel';
import { applicableMeasures, listEntries, entryStatus, SCENARIOS, type CompiledRuleSet, type FactRecord, type Reached, type Scenario } from '#rules';

interface Line {
  readonly type: string;
  readonly subject: { code: string; kind: string; name?: string };
  readonly data: Record<string, unknown>;
  readonly sourceRecordId?: string;
}

/** `rules explain`: the lists and measures of one subject on a date, from a facts file, with their proof. */
export function explain(rules: CompiledRuleSet, factsFile: string, code: string, asOf: string, scenario?: string): number {
  if (!isValidLocalDate(asOf)) return fail(`--as-of must be a real date YYYY-MM-DD, got ${asOf}`);
  if (scenario && !Object.hasOwn(SCENARIOS, scenario)) return fail(`--scenario must be one of ${Object.keys(SCENARIOS).join(', ')}`);
  const lines = fs
    .readFileSync(factsFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);
  const factsOf = (subject: string): FactRecord[] =>
    lines.filter((l) => l.subject?.code === subject).map((l, i) => ({ eventId: l.sourceRecordId ?? `${subject}#${i + 1}`, type: l.type, data: l.data }));

  const own = factsOf(code);
  const kind = lines.find((l) => l.subject?.code === code)?.subject.kind;
  const query = { asOf: asOf as LocalDate, scenario: scenario as Scenario | undefined };
  const report = (label: string, facts: FactRecord[], reached: Reached) => {
    const entries = listEntries(facts, rules);
    console.log(`\n${label}`);
    for (const entry of entries) {
      const status = entryStatus(entry, query.asOf);
      console.log(
        `  [${entry.color}] ${entry.label} (${entry.listType}) ${status}: since ${entry.since}` +
          `${entry.until ? `, until ${entry.until}` : `, ${entry.termKind}`}${entry.ended ? `, ended ${entry.ended.on} (${entry.ended.reason}, ${entry.ended.eventId})` : ''}` +
          `\n      criterion ${entry.criterion}: ${entry.basis.documentNumber} ${entry.basis.clause ?? ''}\n      facts: ${entry.causes.join(', ')}`,
      );
    }
    const measures = applicableMeasures(entries, reached, query, rules);
    for (const m of measures) {
      console.log(
        `  ${m.kind === 'punishment' ? '惩戒' : '激励'} ${m.id} ${m.text} (${m.gloss})\n      by ${m.departments.join('、')}; scenarios ${m.scenarios.join(', ')}` +
          `\n      basis ${m.basis.documentNumber}${m.basis.clause ? ` ${m.basis.clause}` : ''}${m.inferred ? `\n      [inferred] ${m.inferred}` : ''}` +
          m.because.map((b) => `\n      because ${b.listType} since ${b.since}${b.role ? ` as ${b.role}` : ''}: ${b.eventIds.join(', ')}${b.conditions.length ? ` (while ${b.conditions.join('; ')})` : ''}`).join(''),
      );
    }
    if (entries.length === 0 && measures.length === 0) console.log('  no list entries, no measures');
  };

  console.log(`${code} as of ${asOf}${scenario ? `, scenario ${scenario}` : ''} — rule set ${rules.id} ${rules.version}`);
  report(`${code} itself (${kind ?? 'unknown kind'}):`, own, { as: 'subject', naturalPerson: kind === 'natural-person' });
  // A person is reached through the roles the facts give them in listed organisations.
  const roles = lines.filter((l) => l.type === 'RoleAppointed' && valueAt(l.data, 'person.idNumber') === code && String(l.data.from) <= asOf);
  for (const role of roles) {
    const ended = lines.some(
      (l) => l.type === 'RoleEnded' && l.subject.code === role.subject.code && valueAt(l.data, 'person.idNumber') === code && l.data.role === role.data.role && String(l.data.to) <= asOf,
    );
    if (ended) continue;
    report(`as ${String(role.data.role)} of ${role.subject.code} ${role.subject.name ?? ''}:`, factsOf(role.subject.code), { as: role.data.role as Exclude<Reached['as'], 'subject'> });
  }
  return 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}
