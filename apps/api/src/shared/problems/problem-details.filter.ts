import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { PROBLEM_CONTENT_TYPE, problemType, type ProblemDetails } from './problem-details.js';

/** Answers every error as application/problem+json; unexpected errors are logged and never leak details. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problems');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception, request.originalUrl ?? request.url);
    if (problem.status >= 500 && problem.retryAfterSeconds === undefined)
      this.logger.error((exception as Error)?.stack ?? String(exception));
    if (typeof problem.retryAfterSeconds === 'number') response.setHeader('Retry-After', String(problem.retryAfterSeconds));
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, instance: string): ProblemDetails {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      if (typeof body === 'object' && body !== null && 'type' in body && 'title' in body) {
        return { ...(body as ProblemDetails), status, instance };
      }
      const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      return {
        type: problemType(slug(HttpStatus[status] ?? 'error')),
        title: exception.message,
        status,
        detail: Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : undefined,
        instance,
      };
    }
    if (isUndefinedTable(exception)) {
      return {
        type: problemType('read-model-not-ready'),
        title: 'The read models are not ready yet',
        detail: 'A read model is still being created (the service has just started); retry shortly',
        status: HttpStatus.SERVICE_UNAVAILABLE,
        retryAfterSeconds: 1,
        instance,
      };
    }
    return { type: problemType('internal-error'), title: 'Internal server error', status: 500, instance };
  }
}

/** PostgreSQL 42P01 (undefined_table): a reader asked before its projection created its table, as at startup. */
function isUndefinedTable(exception: unknown): boolean {
  const error = exception as { code?: unknown; driverError?: { code?: unknown } } | null;
  return error?.code === UNDEFINED_TABLE || error?.driverError?.code === UNDEFINED_TABLE;
}

const UNDEFINED_TABLE = '42P01';

function slug(name: string): string {
  return name.toLowerCase().replaceAll('_', '-');
}
