import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, as it got it, with whether it answered 2xx. */
export interface ReceivedDelivery {
  readonly receivedAt: number;
  readonly headers: IncomingMessage['headers'];
  readonly rawBody: string;
  readonly body: unknown;
  readonly accepted: boolean;
  /** Whether `X-Jiangcheng-Signature` verified with the secret given to `verifyWith` (undefined: no secret given). */
  readonly signatureValid?: boolean;
}

export interface WebhookReceiverOptions {
  /** The first N requests are answered 503 (a receiver that is down at first). */
  readonly failFirst?: number;
  /** Decides each request's status after the first `failFirst`; default 204. */
  readonly status?: (request: { index: number; body: unknown }) => number;
  /** Hears each request as it arrives, before it is answered (e.g. to kill the sender while it waits). */
  readonly onRequest?: (request: { index: number; body: unknown }) => void;
  /** How long to hold each request before answering (a slow receiver); default at once. */
  readonly answerAfterMs?: (request: { index: number }) => number;
}

/**
 * A real HTTP server standing in for a department's system: records every delivery, can fail the first ones,
 * and checks the signature the way a department is told to (docs: "Push to implementing departments").
 */
export class WebhookReceiver {
  readonly deliveries: ReceivedDelivery[] = [];
  private secret?: string;
  private server?: Server;

  constructor(private readonly options: WebhookReceiverOptions = {}) {}

  /** Starts listening on 127.0.0.1 and a free port; resolves to the URL to subscribe. */
  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const rawBody = Buffer.concat(chunks).toString('utf8');
        const body = parseJson(rawBody);
        const index = this.deliveries.length;
        this.options.onRequest?.({ index, body });
        const status = index < (this.options.failFirst ?? 0) ? 503 : (this.options.status?.({ index, body }) ?? 204);
        this.deliveries.push({
          receivedAt: Date.now(),
          headers: request.headers,
          rawBody,
          body,
          accepted: status >= 200 && status < 300,
          ...(this.secret ? { signatureValid: verifySignature(this.secret, request.headers, rawBody) } : {}),
        });
        const delay = this.options.answerAfterMs?.({ index }) ?? 0;
        if (delay > 0) setTimeout(() => response.writeHead(status).end(), delay);
        else response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** The subscription's secret, once known: later deliveries are checked against it. */
  verifyWith(secret: string): void {
    this.secret = secret;
  }

  /** The deliveries answered 2xx. */
  accepted(): ReceivedDelivery[] {
    return this.deliveries.filter((delivery) => delivery.accepted);
  }

  /** Resolves when `predicate` holds of what was received, or rejects after `timeoutMs`. */
  async waitFor(predicate: (receiver: WebhookReceiver) => boolean, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this)) {
      if (Date.now() > deadline)
        throw new Error(`webhook receiver: condition not met in ${timeoutMs} ms (${this.deliveries.length} received)`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** `X-Jiangcheng-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` */
export function verifySignature(secret: string, headers: IncomingMessage['headers'], rawBody: string): boolean {
  const header = headers['x-jiangcheng-signature'];
  if (typeof header !== 'string') return false;
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const t = parts.get('t');
  const v1 = parts.get('v1');
  if (!t || !v1 || !/^[0-9a-f]{64}$/.test(v1)) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  return timingSafeEqual(expected, Buffer.from(v1, 'hex'));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
