import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { EventStoreHealth } from './event-store.health.js';
import { HealthDetailsController } from './health-details.controller.js';
import { HealthController } from './health.controller.js';
import { ProjectionsHealth } from './projections.health.js';
import { ReadHorizonHealth } from './read-horizon.health.js';
import { READINESS_THRESHOLDS, readinessThresholds } from './readiness-thresholds.js';

@Module({
  imports: [TerminusModule],
  controllers: [HealthController, HealthDetailsController],
  providers: [
    EventStoreHealth,
    ProjectionsHealth,
    ReadHorizonHealth,
    { provide: READINESS_THRESHOLDS, useFactory: () => readinessThresholds(process.env) },
  ],
})
export class HealthModule {}
