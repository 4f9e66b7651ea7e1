import openapiTS, { astToString, COMMENT_HEADER, type OpenAPI3 } from 'openapi-typescript';

/** Where the web's API types are kept (committed; `npm run openapi:web-types` rewrites it). */
export const WEB_API_TYPES_FILE = 'apps/web/src/shared/api-schema.ts';

/**
 * The TypeScript types of the document's paths, operations and schemas, read-only (the web only reads answers),
 * as the web imports them. A development tool: the server never loads it.
 */
export async function webApiTypes(document: object): Promise<string> {
  return COMMENT_HEADER + astToString(await openapiTS(document as OpenAPI3, { immutable: true, silent: true }));
}
