import fs from 'node:fs';
import { WEB_API_TYPES_FILE, webApiTypes } from './openapi/web-api-types.js';

/** Rewrites the web's API types from the OpenAPI document in the file named by the first argument (write-openapi's). */
const source = process.argv[2];
if (!source) {
  console.error('usage: write-web-api-types <openapi.json>');
  process.exit(1);
}
fs.writeFileSync(WEB_API_TYPES_FILE, await webApiTypes(JSON.parse(fs.readFileSync(source, 'utf8'))));
