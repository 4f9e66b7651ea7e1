import { Module, type Provider } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module.js';
import { PublicDisclosureHandler } from './get-public-disclosure/get-public-disclosure.handler.js';
import { GetPublicDisclosureHttpController } from './get-public-disclosure/get-public-disclosure.http.controller.js';

const httpControllers = [GetPublicDisclosureHttpController];
const queryHandlers: Provider[] = [PublicDisclosureHandler];

@Module({ imports: [SharedModule], controllers: httpControllers, providers: queryHandlers })
export class PublicModule {}
