import { lookup as systemLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { internalDestinationProblem } from '#credit';
import { signatureHeader } from './subscription-secret.js';

export type PostOutcome =
  | { readonly ok: true; readonly status: number }
  | { readonly ok: false; readonly status?: number; readonly error: string }
  /** Cut short by shutdown: not an attempt; the same delivery is sent again after the restart. */
  | { readonly ok: false; readonly stopped: true; readonly error: string };

/** Where a host name leads: the system resolver unless a test stands in for DNS. */
export type ResolveHost = (host: string) => Promise<readonly string[]>;

export interface PostTarget {
  readonly url: string;
  /** Internal networks the receiver may be in (WEBHOOK_ALLOWED_NETWORKS), as at subscription. */
  readonly allowedNetworks: readonly string[];
  readonly resolve?: ResolveHost;
}

/** Only the status of an answer counts: past this much of its body the connection is dropped, not read on. */
const MAX_ANSWER_BYTES = 64 * 1024;

const AGENTS = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

/**
 * POSTs a delivery as the contract says (docs/joint-loop.md): JSON body, `Idempotency-Key`, `X-Jiangcheng-Signature`.
 * A 2xx answer is a delivery; anything else, a redirect included, or no answer in `timeoutMs` is a failure. The
 * address is checked on every new connection, with the guard a subscription passed at creation
 * (`internalDestinationProblem`), and the connection goes to the address checked: a name re-pointed at an internal
 * address after the subscription is refused, a failed attempt like any other. Connections are kept alive between
 * deliveries; an answer's body is drained up to MAX_ANSWER_BYTES, never kept.
 */
export function postDelivery(
  target: PostTarget,
  rawBody: string,
  delivery: { readonly deliveryId: string; readonly secret: string },
  timeoutMs: number,
  stop: AbortSignal,
): Promise<PostOutcome> {
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    return Promise.resolve({ ok: false, error: `not a URL: ${target.url}` });
  }
  const refused = internalDestinationProblem(url, { addresses: [], allowedNetworks: target.allowedNetworks });
  if (refused) return Promise.resolve({ ok: false, error: `address refused: ${refused}` });
  const deadline = AbortSignal.timeout(timeoutMs);
  const request = (url.protocol === 'https:' ? https : http).request(url, {
    method: 'POST',
    agent: AGENTS[url.protocol as keyof typeof AGENTS],
    lookup: checkedLookup(url, target.allowedNetworks, target.resolve ?? resolveWithSystem),
    signal: AbortSignal.any([stop, deadline]),
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(rawBody),
      'idempotency-key': delivery.deliveryId,
      'x-jiangcheng-signature': signatureHeader(delivery.secret, rawBody, new Date()),
      'user-agent': 'jiangcheng-webhooks/1',
    },
  });
  return new Promise<PostOutcome>((resolve) => {
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      drain(response);
      resolve(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `answered ${status}` });
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (stop.aborted) resolve({ ok: false, stopped: true, error: 'stopped' });
      else if (deadline.aborted) resolve({ ok: false, error: `no answer within ${timeoutMs} ms` });
      else resolve({ ok: false, error: error instanceof AddressRefused ? error.message : (error.code ?? error.message) });
    });
    request.end(rawBody);
  });
}

/** Why the lookup gave no address to connect to: recorded as the attempt's error, word for word. */
class AddressRefused extends Error {}

/** Reads and forgets the answer's body so the connection can serve the next delivery; drops it past MAX_ANSWER_BYTES. */
function drain(response: http.IncomingMessage): void {
  let read = 0;
  response.on('error', () => undefined); // the status decided; a body cut short changes nothing
  response.on('data', (chunk: Buffer) => {
    read += chunk.length;
    if (read > MAX_ANSWER_BYTES) response.destroy();
  });
}

/** The resolver the connection uses: every address of the name must pass the guard, and it connects to one of them. */
function checkedLookup(url: URL, allowedNetworks: readonly string[], resolve: ResolveHost): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0) return callback(new AddressRefused(`${hostname} did not resolve`), '', 0);
        const problem = internalDestinationProblem(url, { addresses, allowedNetworks });
        if (problem) return callback(new AddressRefused(`address refused: ${problem}`), '', 0);
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = addresses.filter((address) => family === 0 || isIP(address) === family);
        if (usable.length === 0) return callback(new AddressRefused(`${hostname} has no IPv${family} address`), '', 0);
        if (options.all)
          callback(
            null,
            usable.map((address): LookupAddress => ({ address, family: isIP(address) })),
          );
        else callback(null, usable[0], isIP(usable[0]));
      },
      (error: Error) => callback(error, '', 0),
    );
  };
}

function resolveWithSystem(host: string): Promise<readonly string[]> {
  return new Promise((resolve, reject) =>
    systemLookup(host, { all: true, verbatim: true }, (error, found) =>
      error ? reject(error) : resolve(found.map((entry) => entry.address)),
    ),
  );
}
