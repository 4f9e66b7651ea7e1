import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { EventStoreHealth } from './event-store.health.js';
import { ProjectionsHealth } from './projections.health.js';
import { ReadHorizonHealth } from './read-horizon.health.js';

const READINESS = {
  summary: 'Readiness: the event store answers, and the read models are being kept up to date',
  description:
    '503 when the store does not answer or a projection runner failed. 200 `degraded` (still serving, but stale or ' +
    'incomplete) when no projector is running, a projection has parked events it could not apply, a projection trails ' +
    'the log beyond HEALTH_LAG_EVENTS / HEALTH_LAG_SECONDS, or a transaction open elsewhere in the cluster holds reads back.',
};

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly eventStore: EventStoreHealth,
    private readonly projections: ProjectionsHealth,
    private readonly readHorizon: ReadHorizonHealth,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation(READINESS)
  check() {
    return this.readiness();
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation(READINESS)
  ready() {
    return this.readiness();
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers HTTP (no storage call)' })
  @ApiOkResponse({ description: 'The process answers', schema: { $ref: '#/components/schemas/Liveness' } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  private readiness() {
    return this.health.check([() => this.eventStore.check(), () => this.readHorizon.check(), ...this.projections.checks()]);
  }
}
