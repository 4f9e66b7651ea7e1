import { Module, type Provider } from '@nestjs/common';
import { SharedModule } from '../shared/shared.module.js';
import { PublicDisclosureHandler } from './get-public-disclosure/get-public-disclosure.handler.js';
import { GetPublicDisclosureHttpController } from './get-public-disclosure/get-public-disclosure.http.controller.js';
import { SearchPublicSubjectsHandler } from './search-public-subjects/search-public-subjects.handler.js';
import { SearchPublicSubjectsHttpController } from './search-public-subjects/search-public-subjects.http.controller.js';

const httpControllers = [GetPublicDisclosureHttpController, SearchPublicSubjectsHttpController];
const queryHandlers: Provider[] = [PublicDisclosureHandler, SearchPublicSubjectsHandler];

@Module({ imports: [SharedModule], controllers: httpControllers, providers: queryHandlers })
export class PublicModule {}
