import type { EventStore, StreamAppend } from '#event-store';
import type { Counter } from 'prom-client';

export interface AppendCounters {
  /** Events written, by how they were written. */
  readonly events: Counter<'operation'>;
  /** Append calls that wrote something (one transaction each). */
  readonly batches: Counter<'operation'>;
}

/** The event store, counting what is appended through it; every other call passes through untouched. */
export function countingEventStore(store: EventStore, counters: AppendCounters): EventStore {
  const count = (operation: string, events: number) => {
    if (events === 0) return;
    counters.events.inc({ operation }, events);
    counters.batches.inc({ operation });
  };
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'append') {
        return async (...args: Parameters<EventStore['append']>) => {
          const result = await target.append(...args);
          if (result.written) count('append', args[1].length);
          return result;
        };
      }
      if (property === 'appendToStreams') {
        return async (appends: readonly StreamAppend[]) => {
          const outcomes = await target.appendToStreams(appends);
          const written = outcomes.filter((o) => o.status === 'appended' && o.result.written).map((o) => o.stream);
          count(
            'appendToStreams',
            appends.filter((a) => written.includes(a.stream)).reduce((sum, a) => sum + a.events.length, 0),
          );
          return outcomes;
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
