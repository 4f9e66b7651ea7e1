import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { ListEntriesReader, Projector } from '#read-model';
import type { DepartmentDirectory } from '#credit';
import type { Clock } from '#kernel';
import type { CompiledRuleSet } from '#rules';
import { ExpirySchedule } from '#ingestion';
import { DeliveryService } from '#delivery';
import {
  contextLogger,
  createLogger,
  eventSealer,
  openDepartmentDirectory,
  runtimeOn,
  type JiangchengConfig,
  type Storage,
  webhookKey,
} from '#runtime';
import { ApiModule } from './api.module.js';
import { requestHygiene } from './hygiene/request-hygiene.middleware.js';
import { ApiMetrics } from './metrics/api-metrics.js';
import { countingEventStore } from './metrics/counting-event-store.js';
import { exposeMetrics } from './metrics/metrics-http.js';
import { setUpOpenApi } from './openapi.js';
import { secureHttp } from './security/secure-http.js';
import { serveWeb } from './web/serve-web.js';

/** The api on opened storage; in embedded mode it runs the projections itself. Used by main and e2e tests. */
export async function createApi(
  config: JiangchengConfig,
  storage: Storage,
  overrides: { clock?: Clock; departments?: DepartmentDirectory; shipped?: CompiledRuleSet; logDestination?: DestinationStream } = {},
): Promise<NestExpressApplication> {
  const runtime = await runtimeOn(config, storage, overrides);
  const { catalogue, clock, projections } = runtime;
  const departments =
    overrides.departments ??
    (await openDepartmentDirectory(storage.eventStore, config, contextLogger(createLogger(config, 'jiangcheng-departments'))));
  const projector = config.runProjectionsInApi
    ? new Projector(storage.readModels, storage.eventStore, projections, {
        logger: contextLogger(createLogger(config, 'jiangcheng-projector', overrides.logDestination)),
      })
    : undefined;
  const metrics = new ApiMetrics(storage.readModels, storage.eventStore, projections);
  const counted: Storage = { ...storage, eventStore: countingEventStore(storage.eventStore, metrics.appends) };
  const expiry = projector
    ? new ExpirySchedule(
        counted.eventStore,
        new ListEntriesReader(storage.readModels),
        clock,
        contextLogger(createLogger(config, 'jiangcheng-expiry', overrides.logDestination)),
      )
    : undefined;
  const sealer = projector
    ? eventSealer(config, storage, contextLogger(createLogger(config, 'jiangcheng-sealer', overrides.logDestination)))
    : undefined;
  const webhooks = webhookKey(config);
  const delivery =
    projector && webhooks.key
      ? new DeliveryService(storage.readModels, storage.eventStore, runtime.ruleSets, clock, webhooks.key, {
          settings: { ...config.webhooks, allowedNetworks: config.webhookAllowedNetworks },
          logger: contextLogger(createLogger(config, 'jiangcheng-webhooks', overrides.logDestination)),
        })
      : undefined;
  const app = await NestFactory.create<NestExpressApplication>(
    ApiModule.create(
      { ...runtime, storage: counted, projector, expiry, sealer, delivery, webhookKey: webhooks, departments, metrics },
      overrides.logDestination,
    ),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  exposeMetrics(app, metrics, config.metricsToken);
  secureHttp(app, config);
  serveWeb(app, config.webDir, (message) => app.get(Logger).warn(message));
  app.use(requestHygiene); // after the body parser secureHttp sets up, before the routes
  setUpOpenApi(app, catalogue);
  projector?.start();
  await projector?.created();
  expiry?.start();
  sealer?.start();
  delivery?.start();
  return app;
}
