/**
 * Counts events per client address in fixed windows, in memory (each api process counts for itself).
 * Not @nestjs/throttler: its 6.x build is CommonJS that require()s the ESM-only @nestjs/common 12,
 * which Node ≥ 20.19 runs but Jest on Node 20 cannot load, so no in-process api test could start.
 */
export class AddressLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {
    setInterval(() => this.sweep(), windowMs).unref();
  }

  /** Counts one event for the address. */
  record(address: string, now = Date.now()): void {
    const window = this.windows.get(address);
    if (window && window.endsAt > now) window.count++;
    else this.windows.set(address, { count: 1, endsAt: now + this.windowMs });
  }

  /** Seconds until the address may go on, or 0 while it is within the limit. */
  retryAfterSeconds(address: string, now = Date.now()): number {
    const window = this.windows.get(address);
    return window && window.endsAt > now && window.count >= this.limit ? Math.ceil((window.endsAt - now) / 1000) : 0;
  }

  private sweep(now = Date.now()): void {
    for (const [address, window] of this.windows) if (window.endsAt <= now) this.windows.delete(address);
  }
}
