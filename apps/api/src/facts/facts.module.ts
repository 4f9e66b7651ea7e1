import { Module } from '@nestjs/common';
import { FactsController } from './facts.http.controller.js';
import { RecordFactsHandler } from './record-facts.handler.js';

@Module({ controllers: [FactsController], providers: [RecordFactsHandler] })
export class FactsModule {}
