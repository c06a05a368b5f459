import { migrate } from './migrate.js';
import { PGliteStore } from './pglite.js';
import { PostgresStore } from './postgres.js';
import type { Store } from './store.js';

export interface StoreOptions {
  /** PostgreSQL connection string; when set, PostgreSQL is used instead of PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data directory, or 'memory://' for a throwaway in-memory database. */
  dataDir?: string | undefined;
  poolSize?: number | undefined;
  /** Errors of idle PostgreSQL connections (logged; the pool replaces the connection). */
  onError?: ((error: Error) => void) | undefined;
}

/** Opens the database (PostgreSQL when `databaseUrl` is set, else PGlite) and applies pending migrations. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? new PostgresStore(options.databaseUrl, { poolSize: options.poolSize, onError: options.onError })
    : await PGliteStore.open(options.dataDir ?? '.data');
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

export type { Queryable, Row, Store } from './store.js';
export { DataDirInUseError } from './pglite.js';
export { migrate } from './migrate.js';
