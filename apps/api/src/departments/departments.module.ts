import { Module, type Provider } from '@nestjs/common';
import { ChangeRolesHandler } from './change-roles/change-roles.handler.js';
import { ChangeRolesHttpController } from './change-roles/change-roles.http.controller.js';
import { IssueKeyHandler } from './issue-key/issue-key.handler.js';
import { IssueKeyHttpController } from './issue-key/issue-key.http.controller.js';
import { ListDepartmentsHandler } from './list-departments/list-departments.handler.js';
import { ListDepartmentsHttpController } from './list-departments/list-departments.http.controller.js';
import { RegisterDepartmentHandler } from './register-department/register-department.handler.js';
import { RegisterDepartmentHttpController } from './register-department/register-department.http.controller.js';
import { RevokeKeyHandler } from './revoke-key/revoke-key.handler.js';
import { RevokeKeyHttpController } from './revoke-key/revoke-key.http.controller.js';
import { WhoAmIHandler } from './who-am-i/who-am-i.handler.js';
import { WhoAmIHttpController } from './who-am-i/who-am-i.http.controller.js';

/**
 * The credit office administers departments and their keys while the api runs (in embedded mode the CLI cannot
 * open the data directory then). Every change is an event on the departments stream naming the caller. Any key
 * may ask whom it belongs to (GET /v1/me).
 */
const httpControllers = [
  WhoAmIHttpController,
  ListDepartmentsHttpController,
  RegisterDepartmentHttpController,
  ChangeRolesHttpController,
  IssueKeyHttpController,
  RevokeKeyHttpController,
];
const commandHandlers: Provider[] = [RegisterDepartmentHandler, ChangeRolesHandler, IssueKeyHandler, RevokeKeyHandler];
const queryHandlers: Provider[] = [WhoAmIHandler, ListDepartmentsHandler];

@Module({ controllers: httpControllers, providers: [...commandHandlers, ...queryHandlers] })
export class DepartmentsModule {}
