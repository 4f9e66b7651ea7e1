import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FactCatalogue } from '#credit';
import { factSchemas } from './facts/fact-openapi.js';

/** The OpenAPI UI at /docs and the document at /docs-json; fact schemas come from the catalogue. */
export function setUpOpenApi(app: INestApplication, catalogue: FactCatalogue): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('jiangcheng 奖惩')
      .setDescription(
        'Joint reward and punishment (守信联合激励和失信联合惩戒): credit facts in, list status and ' +
          'per-subject measure lists with their legal basis out. Errors are RFC 7807 problem+json.',
      )
      .setVersion('1')
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key', description: 'jc_… (or Authorization: Bearer jc_…)' }, 'apiKey')
      .build(),
  );
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...factSchemas(catalogue) } };
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
