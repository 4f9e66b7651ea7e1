import { Module, type Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { TypicalCasesReader } from '#read-model';
import { SharedModule } from '../shared/shared.module.js';
import { READ_MODELS } from '../shared/storage.tokens.js';
import { ListTypicalCasesHandler } from './list-typical-cases/list-typical-cases.handler.js';
import { ListTypicalCasesHttpController } from './list-typical-cases/list-typical-cases.http.controller.js';
import { SubmitTypicalCaseHandler } from './submit-typical-case/submit-typical-case.handler.js';
import { SubmitTypicalCaseHttpController } from './submit-typical-case/submit-typical-case.http.controller.js';
import { WithdrawTypicalCaseHandler } from './withdraw-typical-case/withdraw-typical-case.handler.js';
import { WithdrawTypicalCaseHttpController } from './withdraw-typical-case/withdraw-typical-case.http.controller.js';

/** Typical cases (典型案例): departments send them, the credit office counts them per quarter (issue 14, part 6). */
const httpControllers = [SubmitTypicalCaseHttpController, WithdrawTypicalCaseHttpController, ListTypicalCasesHttpController];
const commandHandlers: Provider[] = [SubmitTypicalCaseHandler, WithdrawTypicalCaseHandler];
const queryHandlers: Provider[] = [ListTypicalCasesHandler];
const readers: Provider[] = [
  { provide: TypicalCasesReader, useFactory: (db: DataSource) => new TypicalCasesReader(db), inject: [READ_MODELS] },
];

@Module({ imports: [SharedModule], controllers: httpControllers, providers: [...commandHandlers, ...queryHandlers, ...readers] })
export class TypicalCasesModule {}
