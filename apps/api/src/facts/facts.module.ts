import { Module, type Provider } from '@nestjs/common';
import { RecordFactsHttpController } from './record-facts/record-facts.http.controller.js';
import { RecordFactsHandler } from './record-facts/record-facts.handler.js';

const httpControllers = [RecordFactsHttpController];
const commandHandlers: Provider[] = [RecordFactsHandler];

@Module({ controllers: httpControllers, providers: commandHandlers })
export class FactsModule {}
