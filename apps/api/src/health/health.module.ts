import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { EventStoreHealth } from './event-store.health.js';
import { HealthController } from './health.controller.js';
import { ProjectionsHealth } from './projections.health.js';

@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
  providers: [EventStoreHealth, ProjectionsHealth],
})
export class HealthModule {}
