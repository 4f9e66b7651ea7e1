import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import { compressedAssets } from './compressed-assets.js';

describe('the built assets, compressed', () => {
  let dir: string;
  let server: ReturnType<ReturnType<typeof express>['listen']>;
  let base: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assets-'));
    fs.writeFileSync(path.join(dir, 'built.js'), 'export const from = "the file";');
    // the build's own .br stands beside it: its content tells which one was sent
    fs.writeFileSync(path.join(dir, 'built.js.br'), zlib.brotliCompressSync('export const from = "the build";'));
    fs.writeFileSync(path.join(dir, 'plain.js'), 'export const from = "plain";');
    const app = express();
    app.use('/assets', compressedAssets(dir));
    app.use((_request, response) => response.status(404).end());
    server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/assets`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const get = (name: string, encoding: string) => fetch(`${base}/${name}`, { headers: { 'accept-encoding': encoding } });

  it('sends the file the build compressed, as it is', async () => {
    const response = await get('built.js', 'br');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('export const from = "the build";');
  });

  it('compresses a file the build did not, in the encoding asked for', async () => {
    for (const encoding of ['br', 'gzip']) {
      const response = await get('plain.js', encoding);
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(await response.text()).toBe('export const from = "plain";');
    }
    // built.js has no .gz: gzip is made from the file itself
    expect(await (await get('built.js', 'gzip')).text()).toBe('export const from = "the file";');
  });

  it('leaves what it does not serve to the next handler', async () => {
    expect((await get('missing.js', 'br')).status).toBe(404);
  });
});
