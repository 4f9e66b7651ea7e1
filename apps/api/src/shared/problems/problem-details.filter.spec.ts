import { jest } from '@jest/globals';
import { HttpException, HttpStatus, Logger, type ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ProblemDetailsFilter } from './problem-details.filter.js';

interface Answer {
  status?: number;
  headers: Record<string, string>;
  body?: Record<string, unknown>;
}

function answerTo(exception: unknown): Answer {
  const answer: Answer = { headers: {} };
  const response = {
    setHeader: (name: string, value: string) => (answer.headers[name] = value),
    status: (status: number) => ((answer.status = status), response),
    type: () => response,
    send: (body: string) => (answer.body = JSON.parse(body)),
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ originalUrl: '/v1/subjects?q=汉滨' }), getResponse: () => response }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return answer;
}

function undefinedTable(): QueryFailedError {
  const driverError = Object.assign(new Error('relation "subjects" does not exist'), { code: '42P01' });
  return new QueryFailedError('SELECT 1 FROM subjects', [], driverError);
}

describe('ProblemDetailsFilter', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('answers a read model asked for before its projection created it (42P01) with 503 read-model-not-ready and Retry-After', () => {
    const answer = answerTo(undefinedTable());
    expect(answer.status).toBe(503);
    expect(answer.headers['Retry-After']).toBe('1');
    expect(answer.body).toMatchObject({
      type: 'https://jiangcheng.dev/problems/read-model-not-ready',
      status: 503,
      instance: '/v1/subjects?q=汉滨',
    });
  });

  it('keeps other database errors a 500 without details', () => {
    const driverError = Object.assign(new Error('division by zero'), { code: '22012' });
    const answer = answerTo(new QueryFailedError('SELECT 1/0', [], driverError));
    expect(answer.status).toBe(500);
    expect(answer.headers['Retry-After']).toBeUndefined();
    expect(answer.body).toEqual({
      type: 'https://jiangcheng.dev/problems/internal-error',
      title: 'Internal server error',
      status: 500,
      instance: '/v1/subjects?q=汉滨',
    });
  });

  it('answers an HttpException with its own status', () => {
    expect(answerTo(new HttpException('gone', HttpStatus.GONE)).status).toBe(410);
  });
});
