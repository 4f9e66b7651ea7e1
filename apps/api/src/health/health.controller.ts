import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { EventStoreHealth } from './event-store.health.js';
import { ProjectionsHealth } from './projections.health.js';

@ApiTags('operations')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly eventStore: EventStoreHealth,
    private readonly projections: ProjectionsHealth,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({
    summary: 'Event store reachability and each projection’s lag behind the log',
    description: '200 while the store answers and no projection has failed; a projection far behind is `degraded`.',
  })
  check() {
    return this.health.check([() => this.eventStore.check(), ...this.projections.checks()]);
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers HTTP (no storage call)' })
  @ApiOkResponse({ description: 'The process answers', schema: { $ref: '#/components/schemas/Liveness' } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
