import fs from 'node:fs';
import path from 'node:path';
import type { RecorderRole } from '#credit';
import { NodeProcess } from './child-process.js';
import type { PostItem } from './fact-poster.js';

const GENERATOR = path.resolve('dist/bench/dataset/generate.js');

export interface DatasetFile {
  readonly department: string;
  readonly file: string;
  readonly lines: number;
}

export interface ReliabilityDataset {
  /** In import order: registrations first, as the generator's departments.json says. */
  readonly files: readonly DatasetFile[];
  readonly roles: Record<string, RecorderRole[]>;
  readonly lines: number;
}

/**
 * The benchmark's synthetic city (bench/dataset, scale small, about 20,000 lines from `seed`), cut down to
 * the first `share` of every department's file so that the suite stays within its time budget while
 * still holding registrations, penalties, court listings and their delistings. Files left with fewer than
 * `minLines` lines are dropped: each costs a process start per run and adds little.
 */
export async function reliabilityDataset(directory: string, seed: number, share: number, minLines = 50): Promise<ReliabilityDataset> {
  const full = path.join(directory, 'generated');
  const generator = new NodeProcess(GENERATOR, ['--scale', 'small', '--seed', String(seed), '--out', full], process.env);
  const { code } = await generator.exited;
  if (code !== 0) throw new Error(`the dataset generator failed (${code}):\n${generator.tail()}`);
  const manifest = JSON.parse(fs.readFileSync(path.join(full, 'departments.json'), 'utf8')) as {
    departments: { id: string; roles: RecorderRole[]; file: string }[];
  };
  const files = manifest.departments.flatMap(({ id, file }) => {
    const all = fs.readFileSync(path.join(full, file), 'utf8').split('\n').filter(Boolean);
    const kept = all.slice(0, Math.ceil(all.length * share));
    if (kept.length < minLines) return [];
    const cut = path.join(directory, file);
    fs.writeFileSync(cut, `${kept.join('\n')}\n`);
    return [{ department: id, file: cut, lines: kept.length }];
  });
  fs.rmSync(full, { recursive: true, force: true });
  return {
    files,
    roles: Object.fromEntries(manifest.departments.filter((d) => files.some((f) => f.department === d.id)).map((d) => [d.id, d.roles])),
    lines: files.reduce((sum, f) => sum + f.lines, 0),
  };
}

/** Every line of the dataset as a fact to POST with its department's key, in import order. */
export function datasetFacts(dataset: ReliabilityDataset): PostItem[] {
  return dataset.files.flatMap(({ department, file }) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => ({ department, fact: JSON.parse(line) as PostItem['fact'] })),
  );
}
