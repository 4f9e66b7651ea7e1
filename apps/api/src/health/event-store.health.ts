import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { formatPosition, type EventStore } from '#event-store';
import { EVENT_STORE } from '../shared/storage.tokens.js';

@Injectable()
export class EventStoreHealth {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly health: HealthIndicatorService,
  ) {}

  async check() {
    const indicator = this.health.check('eventStore');
    try {
      const head = await this.store.headPosition();
      return indicator.up({ head: head ? formatPosition(head) : null });
    } catch (error) {
      return indicator.down({ message: 'event store unavailable' });
    }
  }
}
