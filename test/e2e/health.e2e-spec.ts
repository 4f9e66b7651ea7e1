import type { INestApplication } from '@nestjs/common';
import { FactCatalogue } from '#credit';
import { formatPosition } from '#event-store';
import { eventually, testEvent } from '#event-store/testing';
import { createApi } from '../../apps/api/src/create-api.js';
import { backend, openTestStorage, type TestStorage } from '../support/test-storage.js';

let storage: TestStorage;
let app: INestApplication;
let base: string;

beforeAll(async () => {
  storage = await openTestStorage();
  app = await createApi({ ...storage.config, runProjectionsInApi: true }, storage);
  await app.listen(0, '127.0.0.1');
  base = await app.getUrl();
});
afterAll(async () => {
  await app.close(); // closes the storage too
  await storage.dispose();
});

describe(`api skeleton (${backend})`, () => {
  it('GET /health reports the store and each projection, and the lag falls to 0 after an append', async () => {
    const { position } = await storage.eventStore.append('health-check', [testEvent()]);
    const body = await eventually(async () => {
      const response = await fetch(`${base}/health`);
      expect(response.status).toBe(200);
      const health = (await response.json()) as any;
      const caughtUp =
        health.status === 'ok' &&
        health.info['projection:listings'].checkpoint === formatPosition(position) &&
        health.info['projection:listings'].lagEvents === 0;
      return caughtUp ? health : undefined;
    });
    expect(body.status).toBe('ok');
    expect(body.info.eventStore).toMatchObject({ status: 'up', head: expect.stringMatching(/^\d+-\d+$/) });
    expect(body.info['projection:listings']).toMatchObject({
      status: 'up',
      generation: 1,
      lagEvents: 0,
      runner: 'running',
    });
  });

  it('serves the OpenAPI UI at /docs and the document at /docs-json, with every fact type and its example', async () => {
    const ui = await fetch(`${base}/docs`);
    expect(ui.status).toBe(200);
    expect(ui.headers.get('content-type')).toContain('text/html');
    const document = (await (await fetch(`${base}/docs-json`)).json()) as any;
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health', '/v1/facts', '/v1/subjects/{code}/history']));
    for (const type of new FactCatalogue().types()) {
      expect(document.components.schemas[`FactInput_${type}`]).toMatchObject({ example: { type, data: expect.any(Object) } });
    }
    expect(document.components.schemas.FactInput.oneOf).toHaveLength(new FactCatalogue().types().length);
  });

  it('answers an unknown route with a problem+json 404', async () => {
    const response = await fetch(`${base}/v1/nothing-here`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, instance: '/v1/nothing-here' });
  });
});
