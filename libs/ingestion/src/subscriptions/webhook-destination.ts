import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { webhookHost, type WebhookDestination } from '#credit';

/** Longest wait for the resolver: a name that does not answer in time is judged when delivered. */
const RESOLVE_TIMEOUT_MS = 2_000;

/**
 * Where a subscription's URL leads now: every address its host resolves to (an IP literal needs no resolving), for
 * the decider's internal-address guard. A name that does not resolve yet gives no address.
 */
export async function webhookDestination(url: string, allowedNetworks: readonly string[]): Promise<WebhookDestination> {
  const host = hostOf(url);
  if (!host || isIP(host)) return { addresses: [], allowedNetworks };
  const resolved = await Promise.race([
    lookup(host, { all: true, verbatim: true }).then(
      (found) => found.map((entry) => entry.address),
      () => [],
    ),
    new Promise<string[]>((resolve) => setTimeout(() => resolve([]), RESOLVE_TIMEOUT_MS).unref()),
  ]);
  return { addresses: resolved, allowedNetworks };
}

function hostOf(url: string): string | undefined {
  try {
    return webhookHost(new URL(url));
  } catch {
    return undefined;
  }
}
