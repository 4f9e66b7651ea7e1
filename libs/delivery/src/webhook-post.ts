import { signatureHeader } from './subscription-secret.js';

export type PostOutcome =
  | { readonly ok: true; readonly status: number }
  | { readonly ok: false; readonly status?: number; readonly error: string }
  /** Cut short by shutdown: not an attempt; the same delivery is sent again after the restart. */
  | { readonly ok: false; readonly stopped: true; readonly error: string };

/**
 * POSTs a delivery as the contract says (docs/joint-loop.md): JSON body, `Idempotency-Key`, `X-Jiangcheng-Signature`.
 * A 2xx answer is a delivery; anything else, a redirect included, or no answer in `timeoutMs` is a failure. Node's
 * fetch keeps connections to a receiver alive between deliveries.
 */
export async function postDelivery(
  url: string,
  rawBody: string,
  delivery: { readonly deliveryId: string; readonly secret: string },
  timeoutMs: number,
  stop: AbortSignal,
): Promise<PostOutcome> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': delivery.deliveryId,
        'x-jiangcheng-signature': signatureHeader(delivery.secret, rawBody, new Date()),
        'user-agent': 'jiangcheng-webhooks/1',
      },
      body: rawBody,
      signal: AbortSignal.any([stop, AbortSignal.timeout(timeoutMs)]),
    });
    await response.arrayBuffer().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
    return { ok: false, status: response.status, error: `answered ${response.status}` };
  } catch (error) {
    if (stop.aborted) return { ok: false, stopped: true, error: 'stopped' };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const name = (error as Error).name;
    if (name === 'TimeoutError') return { ok: false, error: `no answer within ${timeoutMs} ms` };
    return { ok: false, error: cause?.code ?? cause?.message ?? (error as Error).message };
  }
}
