import { Module, type Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DeadLettersReader, SubscriptionsReader } from '#read-model';
import { READ_MODELS } from '../shared/storage.tokens.js';
import { CancelSubscriptionHandler } from './cancel-subscription/cancel-subscription.handler.js';
import { CancelSubscriptionHttpController } from './cancel-subscription/cancel-subscription.http.controller.js';
import { CreateSubscriptionHandler } from './create-subscription/create-subscription.handler.js';
import { CreateSubscriptionHttpController } from './create-subscription/create-subscription.http.controller.js';
import { ListDeadLettersHandler, ReplayDeadLettersHandler } from './dead-letters/dead-letters.handlers.js';
import { DeadLettersHttpController } from './dead-letters/dead-letters.http.controller.js';
import { GetSubscriptionHandler, ListSubscriptionsHandler } from './get-subscriptions/get-subscriptions.handler.js';
import { GetSubscriptionsHttpController } from './get-subscriptions/get-subscriptions.http.controller.js';
import { RotateSecretHandler } from './rotate-secret/rotate-secret.handler.js';
import { RotateSecretHttpController } from './rotate-secret/rotate-secret.http.controller.js';

/**
 * Push to implementing departments: a department subscribes a URL and the changes are delivered from the log
 * through the outbox (libs/delivery). Every change to a subscription is an event on its own stream.
 */
const httpControllers = [
  CreateSubscriptionHttpController,
  GetSubscriptionsHttpController,
  CancelSubscriptionHttpController,
  RotateSecretHttpController,
  DeadLettersHttpController,
];
const commandHandlers: Provider[] = [CreateSubscriptionHandler, CancelSubscriptionHandler, RotateSecretHandler, ReplayDeadLettersHandler];
const queryHandlers: Provider[] = [ListSubscriptionsHandler, GetSubscriptionHandler, ListDeadLettersHandler];
const readers: Provider[] = [SubscriptionsReader, DeadLettersReader].map((Reader) => ({
  provide: Reader,
  useFactory: (db: DataSource) => new Reader(db),
  inject: [READ_MODELS],
}));

@Module({ controllers: httpControllers, providers: [...commandHandlers, ...queryHandlers, ...readers] })
export class SubscriptionsModule {}
