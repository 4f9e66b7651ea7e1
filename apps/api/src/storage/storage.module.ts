import { Global, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import type { DeliveryService } from '#delivery';
import type { EventSealer } from '#event-store/postgres';
import type { ExpirySchedule } from '#ingestion';
import type { Projector } from '#read-model';
import type { Storage } from '#runtime';
import type { ApiRuntime } from './api-runtime.js';
import {
  CLOCK,
  CONFIG,
  DELIVERY,
  DEPARTMENTS,
  EVENT_STORE,
  FACT_CATALOGUE,
  PROJECTIONS,
  PROJECTOR,
  READ_MODELS,
  RULE_SETS,
  RULES,
  WEBHOOK_KEY,
} from '../shared/storage.tokens.js';

class StorageLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject('Storage') private readonly storage: Storage,
    @Inject(PROJECTOR) private readonly projector: Projector | undefined,
    @Inject('Expiry') private readonly expiry: ExpirySchedule | undefined,
    @Inject('Sealer') private readonly sealer: EventSealer | undefined,
    @Inject(DELIVERY) private readonly delivery: DeliveryService | undefined,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.delivery?.close();
    await this.expiry?.stop();
    await this.sealer?.close();
    await this.projector?.close();
    await this.storage.close();
  }
}

/** Hands the storage opened in `main.ts` to the rest of the app, and closes it on shutdown. */
@Global()
@Module({})
export class StorageModule {
  static forRuntime({
    config,
    storage,
    projections,
    projector,
    expiry,
    sealer,
    delivery,
    webhookKey,
    departments,
    catalogue,
    clock,
    rules,
    ruleSets,
  }: ApiRuntime): DynamicModule {
    return {
      module: StorageModule,
      providers: [
        { provide: CONFIG, useValue: config },
        { provide: 'Storage', useValue: storage },
        { provide: EVENT_STORE, useValue: storage.eventStore },
        { provide: READ_MODELS, useValue: storage.readModels },
        { provide: PROJECTIONS, useValue: projections },
        { provide: PROJECTOR, useValue: projector },
        { provide: 'Expiry', useValue: expiry },
        { provide: 'Sealer', useValue: sealer },
        { provide: DELIVERY, useValue: delivery },
        { provide: WEBHOOK_KEY, useValue: webhookKey },
        { provide: DEPARTMENTS, useValue: departments },
        { provide: FACT_CATALOGUE, useValue: catalogue },
        { provide: CLOCK, useValue: clock },
        { provide: RULES, useValue: rules },
        { provide: RULE_SETS, useValue: ruleSets },
        StorageLifecycle,
      ],
      exports: [
        CONFIG,
        DELIVERY,
        WEBHOOK_KEY,
        EVENT_STORE,
        READ_MODELS,
        PROJECTIONS,
        PROJECTOR,
        DEPARTMENTS,
        FACT_CATALOGUE,
        CLOCK,
        RULES,
        RULE_SETS,
      ],
    };
  }
}
