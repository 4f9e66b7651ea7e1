import { HttpException, HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { problemType } from '../problems/problem-details.js';
import type { AuthenticatedRequest } from './api-key.guard.js';

/** The audit endpoints answer only the credit office (a department with the `credit-office` role). Runs after ApiKeyGuard. */
@Injectable()
export class CreditOfficeGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const { caller } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (caller?.department.roles.includes('credit-office')) return true;
    throw new HttpException(
      {
        type: problemType('credit-office-only'),
        title: 'Only the credit office may do this',
        detail: `${caller?.department.name ?? 'this department'} does not have the credit-office role`,
      },
      HttpStatus.FORBIDDEN,
    );
  }
}
