import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postDelivery, type ResolveHost } from './webhook-post.js';

/** A receiver on loopback that counts the requests reaching it; `answer` writes the response. */
async function receiver(
  answer: (response: import('node:http').ServerResponse) => void,
): Promise<{ port: number; hits: () => number; server: Server }> {
  let hits = 0;
  const server = createServer((request, response) => {
    hits++;
    request.resume();
    request.on('end', () => answer(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, hits: () => hits, server };
}

const servers: Server[] = [];
afterAll(() =>
  Promise.all(
    servers.map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  ),
);

const delivery = { deliveryId: '00000000-0000-4000-8000-000000000001', secret: 'whsec_test' };
const running = new AbortController().signal;

/** A DNS stand-in: the addresses it gives the name, and how often it was asked. */
function dns(...answers: (readonly string[])[]): { resolve: ResolveHost; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    resolve: async (host) => {
      asked.push(host);
      return answers[Math.min(asked.length - 1, answers.length - 1)];
    },
  };
}

describe('postDelivery: the address checked when sending', () => {
  it('connects to the address the guard checked, resolved once per connection (the name is not looked up again)', async () => {
    const r = await receiver((response) => response.writeHead(204).end());
    servers.push(r.server);
    // hooks.jiangcheng.invalid exists in no DNS: the request reaches the receiver only through the checked address
    const names = dns(['127.0.0.1'], ['10.0.0.9']);
    const url = `http://hooks.jiangcheng.invalid:${r.port}/hooks`;
    const outcome = await postDelivery({ url, allowedNetworks: ['127.0.0.1'], resolve: names.resolve }, '{}', delivery, 5000, running);
    expect(outcome).toEqual({ ok: true, status: 204 });
    expect(names.asked).toEqual(['hooks.jiangcheng.invalid']);
    expect(r.hits()).toBe(1);
  });

  it('refuses a name re-pointed at an internal address after the subscription: a failed attempt, nothing sent', async () => {
    const r = await receiver((response) => response.writeHead(204).end());
    servers.push(r.server);
    const url = `http://rebound.jiangcheng.invalid:${r.port}/hooks`;
    for (const addresses of [['127.0.0.1'], ['203.0.113.7', '10.0.0.5']]) {
      const outcome = await postDelivery({ url, allowedNetworks: [], resolve: dns(addresses).resolve }, '{}', delivery, 5000, running);
      expect(outcome).toEqual({
        ok: false,
        error: expect.stringMatching(
          new RegExp(`^address refused: leads to ${addresses.at(-1)}, an internal address .*WEBHOOK_ALLOWED_NETWORKS`),
        ),
      });
    }
    expect(r.hits()).toBe(0);
  });

  it('refuses an internal address written as the host, and a name that does not resolve, without connecting', async () => {
    const r = await receiver((response) => response.writeHead(204).end());
    servers.push(r.server);
    const literal = await postDelivery({ url: `http://127.0.0.1:${r.port}/hooks`, allowedNetworks: [] }, '{}', delivery, 5000, running);
    expect(literal).toEqual({ ok: false, error: expect.stringMatching(/^address refused: is 127\.0\.0\.1, an internal address/) });
    const nowhere = await postDelivery(
      { url: `http://gone.jiangcheng.invalid:${r.port}/hooks`, allowedNetworks: ['127.0.0.1'], resolve: dns([]).resolve },
      '{}',
      delivery,
      5000,
      running,
    );
    expect(nowhere).toEqual({ ok: false, error: 'gone.jiangcheng.invalid did not resolve' });
    expect(r.hits()).toBe(0);
  });
});

describe("postDelivery: the receiver's answer", () => {
  it('takes the status and drops an answer that never ends, without waiting for it or keeping it', async () => {
    let written = 0;
    let closed = false;
    const r = await receiver((response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(16 * 1024, 120);
      const pump = () => {
        while (!response.destroyed && response.write(chunk)) written += chunk.length;
        if (!response.destroyed) response.once('drain', pump);
      };
      response.on('close', () => (closed = true));
      pump();
    });
    servers.push(r.server);
    const started = Date.now();
    const outcome = await postDelivery(
      { url: `http://127.0.0.1:${r.port}/hooks`, allowedNetworks: ['127.0.0.1'] },
      '{}',
      delivery,
      5000,
      running,
    );
    expect(outcome).toEqual({ ok: true, status: 200 });
    expect(Date.now() - started).toBeLessThan(2000);
    for (let waited = 0; !closed && waited < 2000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(true); // the connection was dropped, not read on
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });
});
