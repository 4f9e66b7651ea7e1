import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';

/** The query parameters of every public list (`parsePublicPage`). */
export function ApiPublicPageQueries(): MethodDecorator {
  return applyDecorators(
    ApiQuery({
      name: 'q',
      required: false,
      description: 'An organisation’s name (partial, 2–100 characters) or a subject’s full code; persons are not found by name',
    }),
    ApiQuery({ name: 'page', required: false, description: '1-based, default 1' }),
    ApiQuery({ name: 'limit', required: false, description: '1–100, default 20' }),
    ApiQuery({
      name: 'after',
      required: false,
      description: 'A position answered by POST /v1/facts: wait (bounded) until it is reflected',
    }),
  );
}
