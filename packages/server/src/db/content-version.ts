import type { Database } from './database.js';

// The content version every read is cached under. Changes arrive by NOTIFY from the database trigger; a slow
// poll covers a listening connection that dropped, so a missed notification delays freshness by seconds at most.

export interface ContentVersion {
  readonly current: bigint;
  /** Reads the version from the database now (after a write in this process, or in tests). */
  refresh(): Promise<bigint>;
  stop(): Promise<void>;
}

export async function trackContentVersion(db: Database, pollMs = 5_000): Promise<ContentVersion> {
  let current = 0n;
  const read = async () => {
    const [row] = await db.query<{ version: string }>('select version::text as version from content_version where id = 1');
    current = BigInt(row?.version ?? '0');
    return current;
  };
  await read();
  const unlisten = await db.listen('sinn_content', (payload) => {
    if (/^\d+$/.test(payload)) {
      const version = BigInt(payload);
      if (version > current) current = version;
    } else {
      // The listening connection came back: changes may have been missed, so read the version.
      read().catch(() => undefined);
    }
  });
  const timer = setInterval(() => {
    read().catch(() => undefined);
  }, pollMs);
  timer.unref();
  return {
    get current() {
      return current;
    },
    refresh: read,
    async stop() {
      clearInterval(timer);
      await unlisten();
    },
  };
}
