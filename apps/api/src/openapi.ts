import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI UI at /docs and the document at /docs-json. */
export function setUpOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('jiangcheng 奖惩')
      .setDescription(
        'Joint reward and punishment (守信联合激励和失信联合惩戒): credit facts in, list status and ' +
          'per-subject measure lists with their legal basis out. Errors are RFC 7807 problem+json.',
      )
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
