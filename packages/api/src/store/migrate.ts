import { readdirSync, readFileSync } from 'node:fs';
import type { Store } from './store.js';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
// Any fixed number: every replica takes the same transaction-scoped advisory lock before migrating.
const MIGRATION_LOCK = 4_115_730_211;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations shipped with the package: migrations/NNN_name.sql, in version order. */
export function migrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d+_[\w-]+\.sql$/.test(file))
    .map((file) => ({
      version: Number(file.slice(0, file.indexOf('_'))),
      name: file.slice(file.indexOf('_') + 1, -'.sql'.length),
      sql: readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
}

/**
 * Applies the migrations not yet applied, in one transaction under an advisory lock,
 * so replicas starting together migrate once. Returns the versions applied now.
 */
export async function migrate(store: Store): Promise<number[]> {
  return store.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migration (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migration')).map((r) => r.version));
    const applied: number[] = [];
    for (const migration of migrations()) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migration (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
