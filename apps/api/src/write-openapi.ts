import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FactCatalogue, DepartmentDirectory } from '#credit';
import { loadConfig, openStorage } from '#runtime';
import { createApi } from './create-api.js';
import { openApiDocument } from './openapi.js';

/**
 * Writes the api's OpenAPI document to the file named by the first argument, without listening:
 * the app is built on a throw-away embedded data directory, so no server or database is needed.
 */
const target = process.argv[2];
if (!target) {
  console.error('usage: write-openapi <file.json>');
  process.exit(1);
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jiangcheng-openapi-'));
try {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', RUN_PROJECTIONS_IN_API: 'false' });
  const app = await createApi(config, await openStorage(config), { departments: new DepartmentDirectory([]) });
  await app.init();
  fs.writeFileSync(target, JSON.stringify(openApiDocument(app, new FactCatalogue()), null, 2) + '\n');
  await app.close();
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
