import { Module } from '@nestjs/common';
import { QueriesModule } from '../queries/queries.module.js';
import { AuditController } from './audit.http.controller.js';

@Module({ imports: [QueriesModule], controllers: [AuditController] })
export class AuditModule {}
