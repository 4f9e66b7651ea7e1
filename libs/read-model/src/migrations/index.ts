import { EventStore1764100000000 } from './1764100000000-event-store.js';
import { ProjectionRunner1764100000001 } from './1764100000001-projection-runner.js';

export const MIGRATIONS = [EventStore1764100000000, ProjectionRunner1764100000001];
