// Failed token attempts are counted in the database: replicas sharing one database share the count.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase, testApi, type TestDatabase } from '../helpers.js';
import type { Api } from '../../src/yoga.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.store.query('DELETE FROM auth_failure');
});

async function withToken(api: Api, token: string, client = '203.0.113.9') {
  const response = await api.fetch('http://clearframe.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-forwarded-for': client },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, retryAfter: response.headers.get('retry-after') };
}

describe('failed-token limit across replicas', () => {
  it('counts failures made through one instance in another instance on the same database', async () => {
    const options = { auth: { maxFailures: 3, windowMs: 60_000, trustProxy: true } };
    const first = testApi(db.store, options);
    const second = testApi(db.store, options);
    expect((await withToken(first, 'cf_123456789abc_guess1')).code).toBe('UNAUTHENTICATED');
    expect((await withToken(second, 'cf_123456789abc_guess2')).code).toBe('UNAUTHENTICATED');
    expect((await withToken(first, 'cf_123456789abc_guess3')).code).toBe('UNAUTHENTICATED');
    const blocked = await withToken(second, 'cf_123456789abc_guess4');
    expect(blocked).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(blocked.retryAfter)).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await withToken(second, 'cf_123456789abc_guess5', '198.51.100.4')).code).toBe('UNAUTHENTICATED');
  });

  it('forgets failures older than the window and deletes their rows', async () => {
    const api = testApi(db.store, { auth: { maxFailures: 2, windowMs: 60_000, trustProxy: true } });
    await db.store.query("INSERT INTO auth_failure (client, at) VALUES ('203.0.113.9', now() - interval '2 minutes'), ('203.0.113.9', now() - interval '90 seconds')");
    expect((await withToken(api, 'cf_123456789abc_guess1')).code).toBe('UNAUTHENTICATED');
    const [{ n }] = (await db.store.query<{ n: number }>('SELECT count(*)::int AS n FROM auth_failure')) as [{ n: number }];
    expect(n).toBe(1);
  });
});
