import type { DataSource, QueryRunner } from 'typeorm';

/**
 * The one connection of a data source that holds every advisory lock this process takes. A connection per lock would
 * take one pooled connection for good per projection runner (and the webhook delivery): with as many runners as the
 * pool has connections, nothing else could query — the api hung at start once an eleventh projection was added.
 */
interface LockSession {
  readonly connection: Promise<QueryRunner>;
  /** Keys held through this session: a second holder in the same process is refused as another process would be. */
  readonly held: Set<string>;
  /** Locks held or being taken; the connection goes back to the pool at 0. */
  users: number;
}

const sessions = new WeakMap<DataSource, LockSession>();

/**
 * A session-level PostgreSQL advisory lock held for as long as the holder runs: if the process dies, the server ends
 * its session and the lock with it.
 */
export class AdvisoryLock {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly session: LockSession,
    private readonly key: string,
  ) {}

  static async tryAcquire(dataSource: DataSource, key: string): Promise<AdvisoryLock | undefined> {
    const session = enter(dataSource);
    if (session.held.has(key)) {
      await leave(dataSource, session);
      return undefined;
    }
    session.held.add(key);
    try {
      const connection = await session.connection;
      const [{ locked }] = await connection.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [key]);
      if (locked) return new AdvisoryLock(dataSource, session, key);
    } catch (error) {
      // the session is unusable (the server dropped it): the next lock opens another
      if (sessions.get(dataSource) === session) sessions.delete(dataSource);
      session.held.delete(key);
      await leave(dataSource, session);
      throw error;
    }
    session.held.delete(key);
    await leave(dataSource, session);
    return undefined;
  }

  /**
   * Whether some session of this database holds the lock: a process that died has lost it, since the
   * server ends its session. (The bigint key shows in pg_locks split into classid, its high half, and objid.)
   */
  static async isHeld(dataSource: DataSource, key: string): Promise<boolean> {
    const [{ held }] = await dataSource.query(
      `SELECT EXISTS (
         SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database AND d.datname = current_database()
         WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
           AND l.classid::bigint = (hashtext($1)::bigint >> 32) & 4294967295
           AND l.objid::bigint = hashtext($1)::bigint & 4294967295
       ) AS held`,
      [key],
    );
    return held;
  }

  async release(): Promise<void> {
    try {
      await (await this.session.connection).query(`SELECT pg_advisory_unlock(hashtext($1))`, [this.key]);
    } finally {
      this.session.held.delete(this.key);
      await leave(this.dataSource, this.session);
    }
  }
}

function enter(dataSource: DataSource): LockSession {
  let session = sessions.get(dataSource);
  if (!session) {
    const runner = dataSource.createQueryRunner();
    session = { connection: runner.connect().then(() => runner), held: new Set(), users: 0 };
    sessions.set(dataSource, session);
  }
  session.users++;
  return session;
}

async function leave(dataSource: DataSource, session: LockSession): Promise<void> {
  if (--session.users > 0) return;
  if (sessions.get(dataSource) === session) sessions.delete(dataSource);
  await session.connection.then((runner) => runner.release()).catch(() => undefined);
}
