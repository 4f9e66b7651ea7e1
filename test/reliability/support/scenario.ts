import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mixSeed, Random } from '../../../bench/dataset/prng.js';

/** The suite's seed: fixed so that CI repeats itself; RELIABILITY_SEED explores other kill moments and data. */
export const RELIABILITY_SEED = Number(process.env.RELIABILITY_SEED ?? 20261129);

/** An independent seeded random source for one scenario. */
export function scenarioRandom(scenario: number): Random {
  return new Random(mixSeed(RELIABILITY_SEED, scenario));
}

export function scratchDirectory(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `jiangcheng-${name}-`));
}
