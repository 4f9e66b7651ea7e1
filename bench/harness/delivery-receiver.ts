import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One change as a delivery carries it (docs/joint-loop.md, "Push: the webhook contract"); only what P6 reads. */
interface DeliveredChange {
  readonly id: string;
  readonly subject: string;
  readonly recordedAt: string;
}

/**
 * A department's system for P6: a real HTTP server that answers every delivery 204 and keeps, per change, only
 * when it first arrived (a lean cousin of test/support/webhook-receiver.ts, which the bench build does not compile).
 * It checks the signature on its own, not with the api's signer, so that a wrong signer would show.
 */
export class DeliveryReceiver {
  /** change id → milliseconds from its recordedAt to its first receipt. */
  readonly latencyMs = new Map<string, number>();
  /** subject → change ids in the order they first arrived. */
  readonly arrivalOrder = new Map<string, string[]>();
  requests = 0;
  repeats = 0;
  badSignatures = 0;
  unreadable = 0;
  lastArrival = 0;
  private secret?: string;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const receivedAt = Date.now();
        // The baseline's round trips (p6-delivery.ts) are answered and not recorded.
        if (request.url !== '/hooks') return void response.writeHead(204).end();
        const rawBody = Buffer.concat(chunks).toString('utf8');
        this.requests++;
        if (this.secret && !verifySignature(this.secret, request.headers, rawBody)) this.badSignatures++;
        const changes = changesOf(rawBody);
        if (changes) for (const change of changes) this.note(change, receivedAt);
        else this.unreadable++;
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  verifyWith(secret: string): void {
    this.secret = secret;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private note(change: DeliveredChange, receivedAt: number): void {
    if (this.latencyMs.has(change.id)) {
      this.repeats++;
      return;
    }
    this.latencyMs.set(change.id, receivedAt - Date.parse(change.recordedAt));
    const order = this.arrivalOrder.get(change.subject) ?? [];
    order.push(change.id);
    this.arrivalOrder.set(change.subject, order);
    this.lastArrival = receivedAt;
  }
}

/** `X-Jiangcheng-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>` */
function verifySignature(secret: string, headers: IncomingHttpHeaders, rawBody: string): boolean {
  const header = headers['x-jiangcheng-signature'];
  if (typeof header !== 'string') return false;
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const [t, v1] = [parts.get('t'), parts.get('v1')];
  if (!t || !v1 || !/^[0-9a-f]{64}$/.test(v1)) return false;
  return timingSafeEqual(createHmac('sha256', secret).update(`${t}.${rawBody}`).digest(), Buffer.from(v1, 'hex'));
}

function changesOf(rawBody: string): DeliveredChange[] | undefined {
  try {
    const body = JSON.parse(rawBody) as { changes?: unknown };
    return Array.isArray(body.changes) ? (body.changes as DeliveredChange[]) : undefined;
  } catch {
    return undefined;
  }
}
