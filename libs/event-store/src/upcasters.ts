import type { EventMetadata } from '#kernel';
import type { JsonObject, RecordedEvent } from './recorded-event.js';

/**
 * Turns the stored data of one schema version into the next; runs on read, never rewrites the log.
 * Without `to`, the type keeps its name and only its data is brought up to date: for a field added to
 * a type after events of it were stored, where renaming the type would change every stored name.
 */
export interface Upcaster {
  readonly from: string;
  readonly to?: string;
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
    for (let step = this.byType.get(current.type); step;) {
      if (seen.has(step.from)) throw new Error(`upcaster cycle through ${step.from}`);
      seen.add(step.from);
      const to = step.to ?? step.from;
      current = { ...current, type: to, data: step.upcast(current.data, current.metadata) };
      step = to === step.from ? undefined : this.byType.get(to);
    }
    return current;
  }
}

export const NO_UPCASTERS = new Upcasters();
