// PGlite runs no autovacuum: the store ANALYZEs after each burst of transactions, so the planner knows the tables'
// sizes and a page of policies reads its index instead of sorting every policy (issue 14).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGliteStore } from '../../src/store/pglite.js';
import { openTestDatabase, type TestDatabase } from '../helpers.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase();
});

afterAll(() => db?.close());

describe('statistics after bulk writes', () => {
  it('the planner sees the rows written in a transaction once it is over', async () => {
    await db.store.transaction(async (tx) => {
      await tx.query("INSERT INTO clinic (slug, title) SELECT 'c' || i, 'Clinic ' || i FROM generate_series(1, 2000) AS i");
    });
    // PGlite: the store's own ANALYZE (run now instead of after its quiet period); PostgreSQL: autovacuum's job, done here by hand.
    if (db.store instanceof PGliteStore) await db.store.analyzeNow();
    else await db.store.exec('ANALYZE clinic');
    const [row] = await db.store.query<{ reltuples: number }>("SELECT reltuples::int AS reltuples FROM pg_class WHERE relname = 'clinic'");
    expect(row!.reltuples).toBeGreaterThanOrEqual(2000);
  });

  it('PGlite runs that ANALYZE by itself shortly after the writes stop', async () => {
    if (!(db.store instanceof PGliteStore)) return expect(db.store.kind).toBe('postgres');
    await db.store.transaction(async (tx) => {
      await tx.query("INSERT INTO clinic (slug, title) SELECT 'd' || i, 'Clinic ' || i FROM generate_series(1, 3000) AS i");
    });
    let tuples = 0;
    for (let i = 0; i < 100 && tuples < 5000; i++) {
      await new Promise((r) => setTimeout(r, 50));
      tuples = (await db.store.query<{ n: number }>("SELECT reltuples::int AS n FROM pg_class WHERE relname = 'clinic'"))[0]!.n;
    }
    expect(tuples).toBeGreaterThanOrEqual(5000);
  });
});
