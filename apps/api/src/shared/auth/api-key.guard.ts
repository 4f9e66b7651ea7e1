import { HttpException, HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Caller, DepartmentDirectory } from '#credit';
import { problemType } from '../problems/problem-details.js';
import { DEPARTMENTS } from '../storage.tokens.js';

export type AuthenticatedRequest = Request & { caller: Caller };

/** Every /v1 call names its department with an API key: `Authorization: Bearer jc_…` or `X-Api-Key: jc_…`. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(@Inject(DEPARTMENTS) private readonly departments: DepartmentDirectory) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.header('x-api-key') ?? request.header('authorization')?.replace(/^Bearer\s+/i, '');
    const caller = header ? this.departments.authenticate(header) : undefined;
    if (!caller) {
      throw new HttpException(
        {
          type: problemType('unauthenticated'),
          title: 'A department API key is required',
          detail: header ? 'the API key is unknown or revoked' : 'send Authorization: Bearer <key> or X-Api-Key: <key>',
        },
        HttpStatus.UNAUTHORIZED,
      );
    }
    request.caller = caller;
    return true;
  }
}
