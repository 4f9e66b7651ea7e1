import type { EventMetadata } from '#kernel';
import type { JsonObject, RecordedEvent } from './recorded-event.js';

/** Turns the stored data of one schema version into the next; runs on read, never rewrites the log. */
export interface Upcaster {
  readonly from: string;
  readonly to: string;
  upcast(data: JsonObject, metadata: EventMetadata): JsonObject;
}

export class Upcasters {
  private readonly byType = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) {
      if (this.byType.has(upcaster.from)) throw new Error(`two upcasters from ${upcaster.from}`);
      this.byType.set(upcaster.from, upcaster);
    }
  }

  apply(event: RecordedEvent): RecordedEvent {
    let current = event;
    const seen = new Set<string>();
    for (let step = this.byType.get(current.type); step; step = this.byType.get(current.type)) {
      if (seen.has(step.from)) throw new Error(`upcaster cycle through ${step.from}`);
      seen.add(step.from);
      current = { ...current, type: step.to, data: step.upcast(current.data as JsonObject, current.metadata) };
    }
    return current;
  }
}

export const NO_UPCASTERS = new Upcasters();
