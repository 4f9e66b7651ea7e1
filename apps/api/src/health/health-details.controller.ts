import { Controller, Get, Inject, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import type { EventStore } from '#event-store';
import { DeadLettersReader, ParkedEvents, projectionLag, projectionRunnerActive, readHorizon, type Projection } from '#read-model';
import { ApiKeyGuard } from '../shared/auth/api-key.guard.js';
import { CreditOfficeGuard } from '../shared/auth/credit-office.guard.js';
import { ApiProblems } from '../shared/problems/api-problems.decorator.js';
import { EVENT_STORE, PROJECTIONS, READ_MODELS } from '../shared/storage.tokens.js';

/** What the public readiness body leaves out: parked events with their errors, and who holds reads back. */
@ApiTags('operations')
@ApiSecurity('apiKey')
@Controller('health')
@UseGuards(ApiKeyGuard, CreditOfficeGuard)
export class HealthDetailsController {
  constructor(
    @Inject(READ_MODELS) private readonly readModels: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PROJECTIONS) private readonly projections: readonly Projection[],
  ) {}

  @Get('details')
  @ApiOperation({
    summary:
      'Operators’ view of readiness: each projection’s lag and runner, its parked events with their errors, the transaction holding reads back, and webhook delivery lag and dead letters (credit office only)',
  })
  @ApiOkResponse({
    description: 'Lag, runners, parked events and the read horizon',
    schema: { $ref: '#/components/schemas/HealthDetails' },
  })
  @ApiProblems(401, 403)
  async details() {
    const projections = await Promise.all(
      this.projections.map(async (projection) => ({
        ...(await projectionLag(this.readModels, this.store, projection)),
        runnerActive: await projectionRunnerActive(this.readModels, projection.name),
      })),
    );
    return {
      projections,
      parked: await new ParkedEvents(this.readModels).list(),
      readHorizon: await readHorizon(this.readModels),
      webhooks: await new DeadLettersReader(this.readModels).stats(),
    };
  }
}
