import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { FactCatalogue, mayRecord, validateFactInput, type Department, type RecorderRole } from '#credit';
import { todayInShanghai } from '#kernel';
import { DEPARTMENTS } from './departments.js';

export interface CheckResult {
  readonly lines: number;
  readonly invalid: number;
  readonly flagged: number;
  /** The first few problems, with file and line. */
  readonly examples: string[];
}

/**
 * Checks every line as the import's first step does, without a database: shape, fields, identifiers, the
 * department's competence and the publication-deadline flags. What needs a subject's history (references,
 * duplicates, offices held) is left to a real import.
 */
export async function checkLines(directory: string): Promise<CheckResult> {
  const catalogue = new FactCatalogue();
  const today = todayInShanghai();
  const result = { lines: 0, invalid: 0, flagged: 0, examples: [] as string[] };
  for (const d of DEPARTMENTS) {
    const department: Department = { id: d.id, name: d.name, roles: d.roles as RecorderRole[], keys: [] };
    const input = fs.createReadStream(path.join(directory, d.file));
    let line = 0;
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      line++;
      result.lines++;
      const validated = validateFactInput(JSON.parse(text), catalogue, today);
      const problem = !validated.ok
        ? JSON.stringify(validated.problems)
        : !mayRecord(department, validated.command.definition)
          ? `${d.id} may not record ${validated.command.definition.type}`
          : undefined;
      if (problem) {
        result.invalid++;
        if (result.examples.length < 10) result.examples.push(`${d.file}:${line}: ${problem}`);
      } else if (validated.ok && validated.command.flags?.length) {
        result.flagged++;
        if (result.examples.length < 10) result.examples.push(`${d.file}:${line}: flagged ${validated.command.flags.join('; ')}`);
      }
    }
  }
  return result;
}
