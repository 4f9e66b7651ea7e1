/** A few lines in the CI log saying what a scenario exercised (written past jest's console capture). */
export function printSummary(title: string, figures: Record<string, unknown>): void {
  const lines = Object.entries(figures).map(([name, value]) => `  ${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  process.stderr.write(`\n== reliability: ${title}\n${lines.join('\n')}\n`);
}

/** Seconds spent in each phase of a scenario, for the summary. */
export class PhaseClock {
  private readonly laps: string[] = [];
  private since = Date.now();

  lap(phase: string): void {
    this.laps.push(`${phase} ${((Date.now() - this.since) / 1000).toFixed(1)}`);
    this.since = Date.now();
  }

  toString(): string {
    return this.laps.join(', ');
  }
}
