import fs from 'node:fs';
import path from 'node:path';
import { FIRST_FACT_DATE, LAST_FACT_DATE } from './dates.js';
import { DEPARTMENTS } from './departments.js';
import type { Options } from './options.js';
import type { Tally } from './tally.js';

const sorted = (counts: ReadonlyMap<string, number> | undefined) =>
  Object.fromEntries([...(counts ?? new Map<string, number>()).entries()].sort(([a], [b]) => a.localeCompare(b)));

/**
 * departments.json: the departments to import the files with, in import order. Each entry carries the
 * fields of a departments file (id, name, roles, keys) besides its file, so DEPARTMENTS_FILE may also
 * point at it directly (the CLI import needs no API key).
 */
export function writeDepartmentsManifest(options: Options, tally: Tally): void {
  const departments = DEPARTMENTS.map((d) => ({
    id: d.id,
    name: d.name,
    roles: d.roles,
    keys: [],
    file: d.file,
    lines: tally.linesIn(d.key),
  }));
  fs.writeFileSync(
    path.join(options.out, 'departments.json'),
    `${JSON.stringify({ note: 'import the files in this order, each with its department (see import.sh)', departments }, null, 2)}\n`,
  );
}

/** manifest.json: what was generated, from which seed and scale, counted per fact type and per file. */
export function writeManifest(options: Options, tally: Tally): void {
  const organisations = [...tally.organisations.values()].reduce((a, b) => a + b, 0);
  const manifest = {
    generator: 'bench/dataset/generate.ts',
    scale: options.scale.name,
    seed: options.seed,
    lines: tally.total(),
    dates: { from: FIRST_FACT_DATE, to: LAST_FACT_DATE },
    subjects: { organisations, byKind: sorted(tally.organisations) },
    persons: tally.personCounts(),
    factTypes: sorted(tally.byType),
    files: DEPARTMENTS.map((d) => ({
      file: d.file,
      department: d.id,
      lines: tally.linesIn(d.key),
      factTypes: sorted(tally.byFile.get(d.key)),
    })),
  };
  fs.writeFileSync(path.join(options.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}
