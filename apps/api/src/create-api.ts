import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { allProjections, Projector } from '#read-model';
import { contextLogger, createLogger, type JiangchengConfig, type Storage } from '#runtime';
import { ApiModule } from './api.module.js';
import { setUpOpenApi } from './openapi.js';

/** The api on opened storage; in embedded mode it runs the projections itself. Used by main and e2e tests. */
export async function createApi(config: JiangchengConfig, storage: Storage): Promise<NestExpressApplication> {
  const projections = allProjections();
  const projector = config.runProjectionsInApi
    ? new Projector(storage.readModels, storage.eventStore, projections, {
        logger: contextLogger(createLogger(config, 'jiangcheng-projector')),
      })
    : undefined;
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.create({ config, storage, projections, projector }), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  setUpOpenApi(app);
  projector?.start();
  return app;
}
