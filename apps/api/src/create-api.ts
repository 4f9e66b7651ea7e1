import { NestFactory } from '@nestjs/core';
import { EventSealer } from '#event-store';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { allProjections, ListEntriesReader, Projector } from '#read-model';
import { FactCatalogue, type DepartmentDirectory } from '#credit';
import { systemClock, type Clock } from '#kernel';
import type { CompiledRuleSet } from '#rules';
import { activeRuleSet, ExpirySchedule } from '#ingestion';
import { contextLogger, createLogger, loadActiveRuleSet, loadDepartmentDirectory, poolConfig, type JiangchengConfig, type Storage } from '#runtime';
import { ApiModule } from './api.module.js';
import { setUpOpenApi } from './openapi.js';

/** The api on opened storage; in embedded mode it runs the projections itself. Used by main and e2e tests. */
export async function createApi(
  config: JiangchengConfig,
  storage: Storage,
  overrides: { clock?: Clock; departments?: DepartmentDirectory; rules?: CompiledRuleSet } = {},
): Promise<NestExpressApplication> {
  const catalogue = new FactCatalogue();
  const departments = overrides.departments ?? loadDepartmentDirectory(config.departmentsFile);
  const rules = overrides.rules ?? (await activeRuleSet(storage.eventStore, loadActiveRuleSet()));
  const projections = allProjections(rules.document.publicationPeriods ?? []);
  const projector = config.runProjectionsInApi
    ? new Projector(storage.readModels, storage.eventStore, projections, {
        logger: contextLogger(createLogger(config, 'jiangcheng-projector')),
      })
    : undefined;
  const clock = overrides.clock ?? systemClock;
  const expiry = projector
    ? new ExpirySchedule(storage.eventStore, new ListEntriesReader(storage.readModels), clock, contextLogger(createLogger(config, 'jiangcheng-expiry')))
    : undefined;
  const sealer =
    projector && !config.eventStoreUrl
      ? EventSealer.onConnection(poolConfig(storage.connection, 1), storage.eventStore, { logger: contextLogger(createLogger(config, 'jiangcheng-sealer')) })
      : undefined;
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.create({ config, storage, projections, projector, expiry, sealer, departments, catalogue, clock, rules }), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.useBodyParser('json', { limit: '20mb' });
  app.enableShutdownHooks();
  setUpOpenApi(app, catalogue);
  projector?.start();
  expiry?.start();
  sealer?.start();
  return app;
}
