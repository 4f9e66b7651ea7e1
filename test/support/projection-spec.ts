import type { GlobalPosition, NewEvent } from '#event-store';
import type { Event } from '#kernel';
import { ProjectionRunner, type Projection } from '#read-model';
import type { TestStorage } from './test-storage.js';

/** An event and the stream it is appended to. */
export interface StreamEvent<E extends Event> {
  readonly stream: string;
  readonly event: NewEvent<E>;
}

export interface ProjectionThen {
  /** Runs `sql` against the read models and expects exactly these rows (each compared with toMatchObject). */
  then(sql: string, params: readonly unknown[], expected: readonly Record<string, unknown>[]): Promise<void>;
}

/**
 * Projection specs in emmett's given/when/then style (`PostgreSQLProjectionSpec`), on the real event store
 * and read-model database of the test run: the `given` events are appended and applied as one batch,
 * the `when` events as the next, and `then` reads the projection's views. The runner is the product's,
 * so upcasters, batching and the generation tables are those the projector uses.
 */
export function projectionSpec<E extends Event>(projection: Projection<E>, storage: () => TestStorage) {
  let runner: ProjectionRunner | undefined;
  const applied = async (events: readonly StreamEvent<Event>[]) => {
    const { eventStore, readModels } = storage();
    runner ??= new ProjectionRunner(readModels, eventStore, projection);
    let last: GlobalPosition | undefined;
    for (const { stream, event } of events) ({ position: last } = await eventStore.append(stream, [event]));
    if (last) await runner.catchUp(last);
  };
  const spec = (given: readonly StreamEvent<Event>[]) => ({
    when: (...when: StreamEvent<E>[]): ProjectionThen => ({
      async then(sql, params, expected) {
        await applied(given);
        await applied(when);
        const rows: Record<string, unknown>[] = await storage().readModels.query(sql, [...params]);
        expect(rows).toMatchObject(expected);
      },
    }),
  });
  return {
    given: (...given: StreamEvent<E>[]) => spec(given),
    /** Events as an older version of the product stored them: appended as they are, read through the upcasters. */
    givenStored: (...given: StreamEvent<Event>[]) => spec(given),
  };
}
