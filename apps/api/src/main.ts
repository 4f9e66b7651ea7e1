import 'reflect-metadata';
import { DepartmentsFileError, createLogger, loadConfig, openStorage, startupFailureMessage } from '#runtime';
import { createApi } from './create-api.js';
import { readinessThresholds } from './health/readiness-thresholds.js';
import { stopGracefullyOnSignals } from './lifecycle/graceful-shutdown.js';

try {
  const config = loadConfig(); // before any logger: LOG_LEVEL is checked here
  readinessThresholds(process.env); // HEALTH_* too, before Nest reads them inside its module
  const bootLogger = createLogger(config, 'jiangcheng-api');
  const storage = await openStorage(config);
  const app = await createApi(config, storage);
  await app.listen(config.port, config.host);
  stopGracefullyOnSignals(app, bootLogger);
  const where = `http://localhost:${new URL(await app.getUrl()).port}`;
  process.stderr.write(`jiangcheng API listening on ${where} (OpenAPI UI: ${where}/docs; storage: ${storage.mode})\n`);
  bootLogger.info(
    { storage: storage.mode, dataDir: config.storage === 'embedded' ? config.dataDir : undefined },
    `jiangcheng API listening on ${where} — OpenAPI UI at ${where}/docs, health at ${where}/health`,
  );
} catch (error) {
  const message = startupFailureMessage(error, [DepartmentsFileError]);
  if (message === undefined) throw error;
  console.error(`jiangcheng: ${message}`);
  process.exit(2);
}
