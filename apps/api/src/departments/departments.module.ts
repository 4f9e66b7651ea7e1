import { Module, type Provider } from '@nestjs/common';
import { IssueKeyHandler } from './issue-key/issue-key.handler.js';
import { IssueKeyHttpController } from './issue-key/issue-key.http.controller.js';
import { ListDepartmentsHandler } from './list-departments/list-departments.handler.js';
import { ListDepartmentsHttpController } from './list-departments/list-departments.http.controller.js';
import { RevokeKeyHandler } from './revoke-key/revoke-key.handler.js';
import { RevokeKeyHttpController } from './revoke-key/revoke-key.http.controller.js';

/**
 * The credit office administers departments' keys while the api runs (in embedded mode the CLI cannot
 * open the data directory then). Every change is an event on the departments stream naming the caller.
 */
const httpControllers = [ListDepartmentsHttpController, IssueKeyHttpController, RevokeKeyHttpController];
const commandHandlers: Provider[] = [IssueKeyHandler, RevokeKeyHandler];
const queryHandlers: Provider[] = [ListDepartmentsHandler];

@Module({ controllers: httpControllers, providers: [...commandHandlers, ...queryHandlers] })
export class DepartmentsModule {}
