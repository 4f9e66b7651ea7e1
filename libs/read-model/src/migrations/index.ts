import { EventStore1764100000000 } from './1764100000000-event-store.js';
import { ProjectionRunner1764100000001 } from './1764100000001-projection-runner.js';
import { QueryAccessLog1764200000000 } from './1764200000000-query-access-log.js';
import { ParkedEvents1764300000000 } from './1764300000000-parked-events.js';
import { EventChain1764300000200 } from './1764300000200-event-chain.js';
import { DeliveryOutbox1764400000000 } from './1764400000000-delivery-outbox.js';
import { TrigramSearch1764500000000 } from './1764500000000-trigram-search.js';
import { DeliveryRetention1764600000100 } from './1764600000100-delivery-retention.js';

export const MIGRATIONS = [
  EventStore1764100000000,
  ProjectionRunner1764100000001,
  QueryAccessLog1764200000000,
  ParkedEvents1764300000000,
  EventChain1764300000200,
  DeliveryOutbox1764400000000,
  TrigramSearch1764500000000,
  DeliveryRetention1764600000100,
];
