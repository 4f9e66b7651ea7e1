import path from 'node:path';
import { SCALES, type Scale } from './scales.js';

export interface Options {
  readonly scale: Scale;
  readonly seed: number;
  readonly out: string;
  /** Validate every line against the fact catalogue after writing (no database needed). */
  readonly check: boolean;
}

export const USAGE = `usage: node dist/bench/dataset/generate.js --scale small|city|province [--seed 42] [--out DIR] [--check]
  writes one NDJSON file per department, departments.json, manifest.json and import.sh to DIR
  (default bench/dataset/out/<scale>-<seed>/); --check validates every line against the catalogue`;

/** Reads the command line; an error message instead when it is not understood. */
export function parseOptions(args: readonly string[], repositoryRoot: string): Options | string {
  let scaleName: string | undefined;
  let seedText = '42';
  let out: string | undefined;
  let check = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => args[++i];
    if (arg === '--scale') scaleName = value();
    else if (arg === '--seed') seedText = value();
    else if (arg === '--out') out = value();
    else if (arg === '--check') check = true;
    else if (arg === '--help' || arg === '-h') return USAGE;
    else return `unknown argument "${arg}"\n${USAGE}`;
  }
  const scale = scaleName === undefined ? undefined : SCALES[scaleName];
  if (!scale) return `--scale must be one of ${Object.keys(SCALES).join(', ')}\n${USAGE}`;
  if (!/^\d{1,10}$/.test(seedText ?? '') || Number(seedText) > 0xffffffff)
    return `--seed must be a whole number from 0 to 4294967295\n${USAGE}`;
  const seed = Number(seedText);
  return {
    scale,
    seed,
    out: out ? path.resolve(out) : path.join(repositoryRoot, 'bench', 'dataset', 'out', `${scale.name}-${seed}`),
    check,
  };
}
