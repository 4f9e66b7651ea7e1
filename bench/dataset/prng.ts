/**
 * A seeded pseudo-random source (mulberry32): the same seed always gives the same dataset. Math.random is
 * never used, so two runs with one seed write byte-identical files.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of the entries, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let draw = this.next() * total;
    for (const [value, weight] of entries) {
      draw -= weight;
      if (draw < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** Heavy-tailed activity weight ≥ 1 (Pareto, shape 1.5), capped: a few subjects are much busier than most. */
  activity(cap: number): number {
    return Math.min(cap, Math.pow(1 - this.next(), -1 / 1.5));
  }
}

/** A 32-bit seed mixed from several integers (murmur3's finaliser on each step), for independent streams. */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    // The part's high bits too, for indices above 2^32 never reached here but cheap to keep.
    h = Math.imul(h ^ Math.floor(part / 4294967296), 0x27d4eb2f);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/**
 * A bijection of [0, size): index → a scattered value, distinct for distinct indices, so generated numbers
 * (organisation codes, birth date + sequence) look random yet never repeat.
 */
export class Scatter {
  private readonly multiplier: number;
  private readonly offset: number;

  constructor(
    readonly size: number,
    seed: number,
  ) {
    let multiplier = Math.floor(size * 0.6180339887) | 1;
    while (gcd(multiplier, size) !== 1) multiplier++;
    this.multiplier = multiplier;
    this.offset = seed % size;
  }

  at(index: number): number {
    if (index < 0 || index >= this.size) throw new RangeError(`index ${index} outside [0, ${this.size})`);
    // index × multiplier can pass 2^53 for large sizes: multiply in two halves.
    const high = Math.floor(index / 65536);
    const low = index % 65536;
    const product = (((high * this.multiplier) % this.size) * 65536 + low * this.multiplier) % this.size;
    return (product + this.offset) % this.size;
  }
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
