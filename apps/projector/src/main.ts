import 'reflect-metadata';
import { DeliveryService } from '#delivery';
import { ExpirySchedule } from '#ingestion';
import { ListEntriesReader, Projector } from '#read-model';
import { contextLogger, createLogger, eventSealer, loadConfig, openRuntime, startupFailureMessage, webhookKey } from '#runtime';

/**
 * Runs every projection against PostgreSQL (or EventStoreDB events). In embedded mode the api runs
 * them itself and holds the data directory, so this process is for server deployments.
 */
try {
  const config = loadConfig(); // before the logger: LOG_LEVEL is checked here
  const logger = createLogger(config, 'jiangcheng-projector');
  const { storage, projections, clock, ruleSets } = await openRuntime(config);
  const projector = new Projector(storage.readModels, storage.eventStore, projections, {
    logger: contextLogger(logger),
  });
  projector.start();
  const expiry = new ExpirySchedule(storage.eventStore, new ListEntriesReader(storage.readModels), clock, contextLogger(logger));
  expiry.start();
  const sealer = eventSealer(config, storage, contextLogger(logger));
  sealer?.start();
  const webhooks = webhookKey(config);
  const delivery =
    webhooks.key === undefined
      ? undefined
      : new DeliveryService(storage.readModels, storage.eventStore, ruleSets, clock, webhooks.key, {
          settings: { ...config.webhooks, allowedNetworks: config.webhookAllowedNetworks },
          logger: contextLogger(logger),
        });
  delivery?.start();
  if (webhooks.key === undefined) logger.error({ problem: webhooks.problem }, 'webhook delivery is off');
  else logger.info({ webhookKey: webhooks.source }, 'webhook delivery started');
  logger.info({ storage: storage.mode, projections: projector.status().map((s) => s.projection) }, 'projector started');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'projector stopping');
    await delivery?.close();
    await expiry.stop();
    await sealer?.close();
    await projector.close();
    await storage.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
} catch (error) {
  const message = startupFailureMessage(error);
  if (message === undefined) throw error;
  console.error(`jiangcheng: ${message}`);
  process.exit(2);
}
