/** Dataset sizes: organisations (enterprises and other registered subjects), persons, and fact lines in all. */
export interface Scale {
  readonly name: string;
  readonly organisations: number;
  readonly persons: number;
  /** About this many lines over all files (registration included). */
  readonly facts: number;
}

export const SCALES: Readonly<Record<string, Scale>> = {
  small: { name: 'small', organisations: 2_000, persons: 4_000, facts: 20_000 },
  city: { name: 'city', organisations: 100_000, persons: 200_000, facts: 1_000_000 },
  province: { name: 'province', organisations: 1_000_000, persons: 2_000_000, facts: 10_000_000 },
};
