import { Controller, Get, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiKeyGuard } from '../../shared/auth/api-key.guard.js';
import { CreditOfficeGuard } from '../../shared/auth/credit-office.guard.js';
import { ApiProblems } from '../../shared/problems/api-problems.decorator.js';
import { ListRuleSetsQuery, type RuleSetsOverview } from './list-rule-sets.query.js';

const ref = {
  id: { type: 'string' },
  version: { type: 'string' },
  digest: { type: 'string', description: 'sha256 of the canonical JSON' },
};

@ApiTags('rule-sets')
@ApiSecurity('apiKey')
@Controller('v1/rule-sets')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class ListRuleSetsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    operationId: 'RuleSetsController_list',
    summary: 'Published rule-set versions, their activations and the version in force today (credit office only)',
  })
  @ApiOkResponse({
    description: 'The rule-set lifecycle as the rule-sets stream records it',
    schema: {
      type: 'object',
      required: ['asOf', 'inForce', 'shipped', 'published', 'activations'],
      properties: {
        asOf: { type: 'string', format: 'date' },
        inForce: {
          type: 'object',
          required: ['id', 'version', 'digest', 'shipped'],
          properties: { ...ref, since: { type: 'string', format: 'date' }, shipped: { type: 'boolean' } },
        },
        shipped: { type: 'object', required: ['id', 'version', 'digest'], properties: ref },
        published: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'version', 'digest', 'effectiveFrom', 'publishedAt'],
            properties: {
              ...ref,
              effectiveFrom: { type: 'string', format: 'date' },
              publishedAt: { type: 'string' },
              actor: { type: 'string' },
            },
          },
        },
        activations: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'version', 'digest', 'effectiveFrom', 'activatedAt'],
            properties: {
              ...ref,
              effectiveFrom: { type: 'string', format: 'date' },
              previous: {
                type: 'object',
                required: ['id', 'version'],
                properties: { id: { type: 'string' }, version: { type: 'string' } },
              },
              activatedAt: { type: 'string' },
              actor: { type: 'string' },
            },
          },
        },
      },
    },
  })
  @ApiProblems(401, 403)
  list(): Promise<RuleSetsOverview> {
    return this.queries.execute(new ListRuleSetsQuery());
  }
}
