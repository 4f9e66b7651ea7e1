import { Module, type Provider } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module.js';
import { ExportListChangesHandler, ListChangesHandler } from './list-changes/list-changes.handler.js';
import { ListChangesHttpController } from './list-changes/list-changes.http.controller.js';
import { ListPersonQueriesHandler } from './list-person-queries/list-person-queries.handler.js';
import { ListPersonQueriesHttpController } from './list-person-queries/list-person-queries.http.controller.js';

const httpControllers = [ListChangesHttpController, ListPersonQueriesHttpController];
const queryHandlers: Provider[] = [ListChangesHandler, ExportListChangesHandler, ListPersonQueriesHandler];

@Module({ imports: [SharedModule], controllers: httpControllers, providers: queryHandlers })
export class AuditModule {}
