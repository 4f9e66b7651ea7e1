import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Caller } from '#credit';
import type { AuthenticatedRequest } from './api-key.guard.js';

export const CurrentCaller = createParamDecorator(
  (_: unknown, context: ExecutionContext): Caller => context.switchToHttp().getRequest<AuthenticatedRequest>().caller,
);
