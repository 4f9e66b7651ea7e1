/**
 * Deterministic synthetic dataset for benchmarks and latency measurements: one NDJSON file of facts per
 * department role group, as `npm run cli -- import <file> --department <id>` takes them, with
 * departments.json, manifest.json and import.sh beside them.
 *
 *   node dist/bench/dataset/generate.js --scale small|city|province [--seed 42] [--out DIR] [--check]
 *
 * The same seed and scale always give the same bytes. Lines are generated block by block (about a thousand
 * organisations at a time) and written as they go, so the province scale runs in bounded memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Block } from './block.js';
import { checkLines } from './line-check.js';
import { writeImportScript } from './import-script.js';
import { writeDepartmentsManifest, writeManifest } from './manifest.js';
import { MIX, REGISTRATION_LINES_PER_ORGANISATION } from './mix.js';
import { NdjsonFiles } from './ndjson-files.js';
import { Numbering } from './numbering.js';
import { parseOptions, type Options } from './options.js';
import { mixSeed, Random } from './prng.js';
import { registerOrganisation } from './registration.js';
import { SubjectFactory } from './subjects.js';
import { Tally } from './tally.js';
import { WorkingDays } from './working-days.js';

const BLOCK_SIZE = 1000;

/** dist/bench/dataset/generate.js (or bench/dataset/generate.ts) → the repository root. */
const REPOSITORY_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  ...(import.meta.url.includes('/dist/') ? ['..', '..', '..'] : ['..', '..']),
);

async function generate(options: Options): Promise<Tally> {
  const { scale, seed } = options;
  fs.mkdirSync(options.out, { recursive: true });
  const days = new WorkingDays();
  const factory = new SubjectFactory(seed, days);
  if (scale.persons > factory.personCapacity) throw new Error(`at most ${factory.personCapacity} persons`);
  const tally = new Tally(scale.persons);
  const numbers = new Numbering();
  const files = new NdjsonFiles(options.out);
  const otherLines = Math.max(0, scale.facts - REGISTRATION_LINES_PER_ORGANISATION * scale.organisations);
  const episodes = MIX.map((kind) => Math.max(kind.minimum ?? 0, (otherLines * kind.share) / kind.lines));
  // An episode count for organisations [0, to): the blocks' counts add up to the total exactly.
  const upTo = (total: number, to: number) => Math.round((total * to) / scale.organisations);
  let peakRss = 0;
  for (let from = 0, block = 0; from < scale.organisations; from += BLOCK_SIZE, block++) {
    const to = Math.min(from + BLOCK_SIZE, scale.organisations);
    const persons = {
      from: Math.floor((from * scale.persons) / scale.organisations),
      to: Math.floor((to * scale.persons) / scale.organisations),
    };
    const context = new Block(new Random(mixSeed(seed, 3, block)), days, numbers, tally, factory, { from, to }, persons);
    for (const organisation of context.organisations) {
      tally.organisation(organisation.subject.kind, organisation.registeringKind);
      registerOrganisation(context, organisation);
    }
    MIX.forEach((kind, k) => {
      for (let n = upTo(episodes[k], to) - upTo(episodes[k], from); n > 0; n--) kind.generate(context);
    });
    await context.flush(files);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (block % 100 === 99) process.stderr.write(`\r${to} of ${scale.organisations} organisations, ${tally.total()} lines`);
  }
  await files.close();
  process.stderr.write(`\rpeak RSS ${Math.round(peakRss / 2 ** 20)} MiB${' '.repeat(30)}\n`);
  writeDepartmentsManifest(options, tally);
  writeManifest(options, tally);
  writeImportScript(options, REPOSITORY_ROOT);
  return tally;
}

async function main(args: string[]): Promise<number> {
  const options = parseOptions(args, REPOSITORY_ROOT);
  if (typeof options === 'string') {
    console.error(options);
    return options.startsWith('usage') ? 0 : 1;
  }
  const started = performance.now();
  const tally = await generate(options);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({ scale: options.scale.name, seed: options.seed, out: options.out, lines: tally.total(), seconds: +seconds.toFixed(1) }),
  );
  if (options.check) {
    const checked = await checkLines(options.out);
    console.log(JSON.stringify({ checked: checked.lines, invalid: checked.invalid, flagged: checked.flagged }));
    for (const example of checked.examples) console.error(example);
    if (checked.invalid > 0) return 3;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
