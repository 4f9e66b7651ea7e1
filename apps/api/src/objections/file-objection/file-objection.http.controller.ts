import { Body, Controller, Inject, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Caller } from '#credit';
import type { Clock } from '#kernel';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CreditOfficeGuard } from '../../shared/auth/credit-office.guard.js';
import { CurrentCaller } from '../../shared/auth/current-caller.decorator.js';
import { PersonalData } from '../../shared/personal-data.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { invalidQuery } from '../../shared/problems/invalid-query.js';
import { ApiQueryPurpose, QueryPurpose } from '../../shared/query-purpose.js';
import { CLOCK } from '../../shared/storage.tokens.js';
import { checkSubjectCode } from '../../shared/subject-code.pipe.js';
import { stepAnswer } from '../objection-answer.js';
import { OBJECTION_SCHEMA } from '../objection-openapi.js';
import type { ObjectionView } from '../objection-view.js';
import { FileObjectionCommand } from './file-objection.command.js';
import { FileObjectionDto } from './file-objection.request.dto.js';

@ApiTags('objections')
@ApiSecurity('apiKey')
@Controller('v1/objections')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class FileObjectionHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly personalData: PersonalData,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiOperation({
    operationId: 'ObjectionsController_file',
    summary: 'File an objection (异议) to a record: the record shows “under objection” at once (credit office only)',
    description:
      'The record is a fact event on the subject’s stream (GET /v1/subjects/{code}/history). One open objection per record: a ' +
      'second is refused (409) naming the open one. The case keeps the working days in force (acceptance 2, platform check 2, ' +
      'source department 10 by default, Guangzhou practice; OBJECTION_*_WORKING_DAYS) and counts them on the official calendar.',
  })
  @ApiBody({
    type: FileObjectionDto,
    examples: {
      subject: {
        value: {
          subject: '91610900MA7K00001X',
          eventId: '<fact event id>',
          filedBy: 'subject',
          grounds: '处罚决定书载明的当事人并非本企业',
        },
      },
    },
  })
  @ApiQueryPurpose()
  @ApiCreatedResponse({ description: 'The case, with its time limits and the position to read it back at', schema: OBJECTION_SCHEMA })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async file(@Body() body: FileObjectionDto, @CurrentCaller() caller: Caller, @QueryPurpose() purpose?: string): Promise<ObjectionView> {
    const code = checkSubjectCode(body.subject);
    if (!code.ok) throw invalidQuery([{ ...code.problem, path: 'subject' }]);
    const result = await this.commands.execute(new FileObjectionCommand({ ...body, subject: code.code }, caller));
    return stepAnswer(result, this.clock, caller, this.personalData, purpose);
  }
}
