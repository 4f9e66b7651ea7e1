import fs from 'node:fs';
import { directlyResponsibleIn, withRoleFact, type RoleHeld } from '#credit';
import { isValidLocalDate, type LocalDate } from '#kernel';
import {
  beforeEveryRegime,
  entriesReaching,
  listEntries,
  measureList,
  SCENARIOS,
  type CompiledRuleSet,
  type FactRecord,
  type ListEntry,
  type MeasureList,
  type BeforeEveryRegime,
  type OrganizationRecord,
  type Scenario,
} from '#rules';

interface Line {
  readonly type: string;
  readonly subject: { code: string; kind: string; name?: string };
  readonly data: Record<string, unknown>;
  readonly sourceRecordId?: string;
}

/** What `rules explain` finds for one subject on a date: the same measure list the api answers with. */
export interface Explanation extends MeasureList {
  readonly kind?: string;
  readonly names: ReadonlyMap<string, string>;
  /** The subject's facts that list nothing because no regime of their list type was in force on their deciding date. */
  readonly notDecided: readonly BeforeEveryRegime[];
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
  print(explanation(rules, lines, code, asOf as LocalDate, scenario as Scenario | undefined), code, asOf, scenario, rules);
  return 0;
}

/**
 * The subject's own entries and, for a person, the entries of the organisations in the file that reach them
 * (`entriesReaching`, as the api decides it), and the measures that follow on `asOf`.
 */
export function explanation(
  rules: CompiledRuleSet,
  lines: readonly Line[],
  code: string,
  asOf: LocalDate,
  scenario?: Scenario,
): Explanation {
  const factsOf = (subject: string): FactRecord[] =>
    lines
      .filter((l) => l.subject?.code === subject)
      .map((l, i) => ({ eventId: l.sourceRecordId ?? `${subject}#${i + 1}`, type: l.type, data: l.data }));
  const kind = lines.find((l) => l.subject?.code === code)?.subject.kind;
  const names = new Map(lines.filter((l) => l.subject?.name).map((l) => [l.subject.code, l.subject.name!]));

  const roles = new Map<string, readonly RoleHeld[]>();
  for (const line of lines) {
    const person = line.data?.person as { idNumber?: unknown } | undefined;
    if ((line.type === 'RoleAppointed' || line.type === 'RoleEnded') && person?.idNumber === code) {
      roles.set(line.subject.code, withRoleFact(roles.get(line.subject.code) ?? [], line.type, line.data));
    }
    if (directlyResponsibleIn(line.data ?? {}).some((named) => named.person.idNumber === code) && !roles.has(line.subject.code))
      roles.set(line.subject.code, []);
  }
  const organizations: OrganizationRecord[] = [...roles].map(([subject, held]) => ({
    subject,
    entries: listEntries(factsOf(subject), rules),
    roles: held,
  }));
  const ownFacts = factsOf(code);
  const own = listEntries(ownFacts, rules);
  const list = measureList<ListEntry>(
    own,
    entriesReaching(code, organizations, rules),
    kind === 'natural-person',
    { asOf, scenario },
    rules,
  );
  return { ...list, kind, names, notDecided: beforeEveryRegime(ownFacts, rules.criteriaByFact, rules.criteriaByDecision) };
}

function print(found: Explanation, code: string, asOf: string, scenario: string | undefined, rules: CompiledRuleSet): void {
  console.log(`${code} as of ${asOf}${scenario ? `, scenario ${scenario}` : ''} — rule set ${rules.id} ${rules.version}`);
  console.log(`\n${code} itself (${found.kind ?? 'unknown kind'}):`);
  for (const entry of found.lists) console.log(describe(entry));
  for (const fact of found.notDecided) {
    console.log(
      `  ${fact.listType}: ${fact.type} ${fact.eventId} decided on ${fact.decidingDate} — regime not encoded — not decided` +
        ` (the earliest regime encoded is ${fact.earliest.documentNumber}, in force from ${fact.earliest.effectiveFrom})`,
    );
  }
  for (const { entry, subject, role, from, status } of found.reachedThrough) {
    console.log(`\nas ${role} of ${subject} ${found.names.get(subject) ?? ''} (reached from ${from}):`);
    console.log(describe({ ...entry, status }));
  }
  console.log('');
  for (const m of found.measures) {
    console.log(
      `  ${m.kind === 'punishment' ? '惩戒' : '激励'} ${m.id} ${m.text} (${m.gloss})\n      by ${m.departments.join('、')}; scenarios ${m.scenarios.join(', ')}` +
        `\n      basis ${m.basis.documentNumber}${m.basis.clause ? ` ${m.basis.clause}` : ''}${m.inferred ? `\n      [inferred] ${m.inferred}` : ''}` +
        m.because
          .map(
            (b) =>
              `\n      because ${b.listType} since ${b.since}${b.role ? ` as ${b.role}` : ''}: ${b.eventIds.join(', ')}` +
              `${b.organization ? ` (of ${b.organization})` : ''}${b.conditions.length ? ` (while ${b.conditions.join('; ')})` : ''}`,
          )
          .join(''),
    );
  }
  if (found.lists.length === 0 && found.reachedThrough.length === 0 && found.measures.length === 0 && found.notDecided.length === 0)
    console.log('  no list entries, no measures');
}

function describe(entry: MeasureList['lists'][number]): string {
  return (
    `  [${entry.color}] ${entry.label} (${entry.listType}) ${entry.status}: since ${entry.since}` +
    `${entry.until ? `, until ${entry.until}` : `, ${entry.termKind}`}` +
    `${entry.renewal ? ` (first period until ${entry.renewal.firstUntil}, renews for ${entry.renewal.years} years at each end unless an exit)` : ''}` +
    `${entry.ended ? `, ended ${entry.ended.on} (${entry.ended.reason}, ${entry.ended.eventId})` : ''}` +
    (entry.ended?.flags ?? []).map((flag) => `\n      ended flagged ${flag.code}: ${flag.reason}`).join('') +
    `\n      criterion ${entry.criterion}: ${entry.basis.documentNumber} ${entry.basis.clause ?? ''}` +
    (entry.regime
      ? `\n      regime ${entry.regime.documentNumber} (${entry.regime.id}), in force from ${entry.regime.effectiveFrom}` +
        `${entry.regime.effectiveUntil ? ` until ${entry.regime.effectiveUntil} (exclusive)` : ''}`
      : '') +
    (entry.flags ?? []).map((flag) => `\n      flag ${flag.code}${flag.step ? ` (${flag.step})` : ''}: ${flag.reason}`).join('') +
    `\n      facts: ${entry.causes.join(', ')}`
  );
}

function fail(message: string): number {
  console.error(message);
  return 1;
}
