import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { FactCatalogue } from '#credit';
import { factSchemas } from './facts/fact-openapi.js';
import { feedbackSchemas } from './feedback/feedback-openapi.js';
import { responseSchemas } from './openapi/response-schemas.js';

/** The OpenAPI UI at /docs and the document at /docs-json. */
export function setUpOpenApi(app: INestApplication, catalogue: FactCatalogue): void {
  SwaggerModule.setup('docs', app, openApiDocument(app, catalogue), { jsonDocumentUrl: 'docs-json' });
}

/** The document of the app's routes; fact schemas come from the catalogue, answers from response-schemas.ts. */
export function openApiDocument(app: INestApplication, catalogue: FactCatalogue): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('jiangcheng 奖惩')
      .setDescription(
        'Joint reward and punishment (守信联合激励和失信联合惩戒): credit facts in, list status and ' +
          'per-subject measure lists with their legal basis out. Errors are RFC 7807 problem+json.',
      )
      .setVersion('1')
      .addServer('/', 'The server that serves this document')
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'jc_… (or Authorization: Bearer jc_…)' }, 'apiKey')
      .build(),
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...factSchemas(catalogue), ...responseSchemas(), ...feedbackSchemas() },
  };
  markUnsecuredOperationsPublic(document);
  return document;
}

/** An operation whose controller declares no @ApiSecurity needs no key: say so, rather than leave it unstated. */
function markUnsecuredOperationsPublic(document: OpenAPIObject): void {
  for (const path of Object.values(document.paths)) {
    for (const operation of [path.get, path.put, path.post, path.delete, path.patch]) {
      if (operation && !operation.security?.length) operation.security = [];
    }
  }
}
