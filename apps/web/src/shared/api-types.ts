import type { components, operations, paths } from './api-schema';

/** A named schema of the api's OpenAPI document (api-schema.ts is generated from it: npm run openapi:web-types). */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

type JsonAnswer<Responses> = Responses extends { readonly 200: { readonly content: { readonly 'application/json': infer Body } } }
  ? Body
  : Responses extends { readonly 201: { readonly content: { readonly 'application/json': infer Body } } }
    ? Body
    : Responses extends { readonly 202: { readonly content: { readonly 'application/json': infer Body } } }
      ? Body
      : never;

/** The JSON an operation (by its operationId) answers on success. */
export type Answer<OperationId extends keyof operations> = JsonAnswer<operations[OperationId]['responses']>;

/** The JSON a GET of a path (as the document writes it, `/v1/subjects/{code}/…`) answers on success. */
export type GetAnswer<Path extends keyof paths> = paths[Path] extends { readonly get: { readonly responses: infer Responses } }
  ? JsonAnswer<Responses>
  : never;

/** The element type of a list in an answer. */
export type ItemOf<List> = List extends readonly (infer Item)[] ? Item : never;
