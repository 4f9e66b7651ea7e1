import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { WEB_API_TYPES_FILE, webApiTypes } from '../../apps/api/src/openapi/web-api-types.js';

// The document as `npm run openapi:lint` writes it: from the built app, on its own throw-away data directory.
const WRITER = path.resolve('dist/apps/api/src/write-openapi.js');
let document: OpenAPIObject;

beforeAll(() => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-openapi-test-'));
  try {
    const file = path.join(scratch, 'openapi.json');
    const written = spawnSync(process.execPath, [WRITER, file], { encoding: 'utf8' });
    expect(written.stderr).toBe('');
    expect(written.status).toBe(0);
    document = JSON.parse(fs.readFileSync(file, 'utf8'));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});

const HEALTH = new Set(['/health', '/health/ready', '/health/live']);
const PUBLIC = [
  '/v1/public/subjects',
  '/v1/public/subjects/{code}',
  '/v1/public/double-publicity',
  '/v1/public/inspections',
  '/v1/public/lists',
  '/health',
  '/health/ready',
  '/health/live',
];

function operations(): { name: string; path: string; operation: any }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, any>).map(([method, operation]) => ({
      name: `${method.toUpperCase()} ${path}`,
      path,
      operation,
    })),
  );
}

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => (key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner)));
  }
  return [];
}

describe('OpenAPI document', () => {
  it('declares at least one 4xx problem+json answer referencing ProblemDetails on every business operation', () => {
    const business = operations().filter(({ path }) => !HEALTH.has(path));
    expect(business.map(({ name }) => name).sort()).toEqual([
      'DELETE /v1/departments/{id}/keys/{keyId}',
      'DELETE /v1/subscriptions/{id}',
      'GET /health/details',
      'GET /v1/audit/list-changes',
      'GET /v1/audit/person-queries',
      'GET /v1/checks/{checkId}',
      'GET /v1/departments',
      'GET /v1/feeds/list-changes',
      'GET /v1/list-candidates',
      'GET /v1/me',
      'GET /v1/objections',
      'GET /v1/objections/{id}',
      'GET /v1/public/double-publicity',
      'GET /v1/public/inspections',
      'GET /v1/public/lists',
      'GET /v1/public/subjects',
      'GET /v1/public/subjects/{code}',
      'GET /v1/repairs',
      'GET /v1/rule-sets',
      'GET /v1/rule-sets/shipped',
      'GET /v1/statistics',
      'GET /v1/statistics/double-publicity',
      'GET /v1/statistics/feedback',
      'GET /v1/statistics/list-changes',
      'GET /v1/statistics/objections',
      'GET /v1/statistics/repairs',
      'GET /v1/statistics/typical-cases',
      'GET /v1/subjects',
      'GET /v1/subjects/{code}/history',
      'GET /v1/subjects/{code}/lists',
      'GET /v1/subjects/{code}/measures',
      'GET /v1/subjects/{code}/relations',
      'GET /v1/subjects/{code}/repair-eligibility',
      'GET /v1/subscriptions',
      'GET /v1/subscriptions/{id}',
      'GET /v1/subscriptions/{id}/dead-letters',
      'GET /v1/typical-cases',
      'POST /v1/checks',
      'POST /v1/checks/{checkId}/feedback',
      'POST /v1/checks/{checkId}/feedback/{feedbackId}/revocation',
      'POST /v1/departments',
      'POST /v1/departments/{id}/keys',
      'POST /v1/facts',
      'POST /v1/objections',
      'POST /v1/objections/{id}/acceptance',
      'POST /v1/objections/{id}/answer',
      'POST /v1/objections/{id}/check',
      'POST /v1/objections/{id}/decision',
      'POST /v1/rule-sets',
      'POST /v1/rule-sets/{version}/activation',
      'POST /v1/rule-sets/{version}/preview',
      'POST /v1/subscriptions',
      'POST /v1/subscriptions/{id}/dead-letters/replay',
      'POST /v1/subscriptions/{id}/secret',
      'POST /v1/typical-cases',
      'POST /v1/typical-cases/{id}/withdraw',
      'PUT /v1/departments/{id}/roles',
    ]);
    for (const { name, operation } of business) {
      const problems = Object.entries(operation.responses as Record<string, any>).filter(([status]) => /^[45]\d\d$/.test(status));
      expect({ name, has4xx: problems.some(([status]) => status.startsWith('4')) }).toEqual({ name, has4xx: true });
      for (const [status, response] of problems) {
        expect({ name, status, content: response.content }).toEqual({
          name,
          status,
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
        });
      }
    }
  });

  it('gives every operation a 200 (or 201, 202) answer with a schema', () => {
    for (const { name, operation } of operations()) {
      const content = (operation.responses['200'] ?? operation.responses['201'] ?? operation.responses['202'])?.content ?? {};
      expect({ name, types: Object.keys(content) }).toEqual({ name, types: expect.arrayContaining(['application/json']) });
      for (const media of Object.values(content) as any[])
        expect({ name, schema: media.schema }).toEqual({ name, schema: expect.any(Object) });
    }
    const listChanges = document.paths['/v1/audit/list-changes'].get!.responses['200'] as any;
    expect(Object.keys(listChanges.content)).toEqual(['application/json', 'text/csv']);
  });

  it('marks no header required and names each header once, whatever its case', () => {
    for (const { name, operation } of operations()) {
      const headers = ((operation.parameters ?? []) as any[]).filter((p) => p.in === 'header');
      expect({ name, required: headers.filter((h) => h.required).map((h) => h.name) }).toEqual({ name, required: [] });
      const names = headers.map((h) => String(h.name).toLowerCase());
      expect({ name, names }).toEqual({ name, names: [...new Set(names)] });
    }
    const measures = document.paths['/v1/subjects/{code}/measures'].get!.parameters as any[];
    expect(
      measures
        .filter((p) => p.in === 'header')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['x-after-position', 'x-query-purpose']);
  });

  it('needs the API key everywhere but on the public disclosure and the health probes, which say security: []', () => {
    for (const { name, path, operation } of operations()) {
      expect({ name, security: operation.security }).toEqual({ name, security: PUBLIC.includes(path) ? [] : [{ apiKey: [] }] });
    }
  });

  it('names a server and resolves every $ref to a component', () => {
    expect(document.servers?.length).toBeGreaterThan(0);
    const schemas = document.components?.schemas ?? {};
    const missing = [...new Set(refsIn(document))].filter((ref) => !(ref.replace('#/components/schemas/', '') in schemas));
    expect(missing).toEqual([]);
  });
});

describe("the web's API types", () => {
  it('are what this document generates (else run npm run openapi:web-types and commit the file)', async () => {
    const committed = fs.readFileSync(WEB_API_TYPES_FILE, 'utf8').split('\n');
    const generated = (await webApiTypes(document)).split('\n');
    const line = [...Array(Math.max(committed.length, generated.length)).keys()].find((i) => committed[i] !== generated[i]);
    expect(line === undefined ? 'same' : { line: line + 1, committed: committed[line], generated: generated[line] }).toBe('same');
  });
});
