import 'reflect-metadata';
import { ConfigError, DataDirLockedError, DepartmentsFileError, RuleSetLoadError, createLogger, loadConfig, openStorage } from '#runtime';
import { createApi } from './create-api.js';

const bootLogger = createLogger({ logLevel: process.env.LOG_LEVEL ?? 'info' }, 'jiangcheng-api');

try {
  const config = loadConfig();
  const storage = await openStorage(config);
  const app = await createApi(config, storage);
  await app.listen(config.port, config.host);
  const where = `http://localhost:${new URL(await app.getUrl()).port}`;
  process.stderr.write(`jiangcheng API listening on ${where} (OpenAPI UI: ${where}/docs; storage: ${storage.mode})\n`);
  bootLogger.info({ storage: storage.mode, dataDir: config.storage === 'embedded' ? config.dataDir : undefined }, `jiangcheng API listening on ${where} — OpenAPI UI at ${where}/docs, health at ${where}/health`);
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof DepartmentsFileError || error instanceof RuleSetLoadError) {
    bootLogger.fatal(error.message);
    console.error(`jiangcheng: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
