// The response cache never serves an answer older than the last commit: publish through one instance, read through
// another immediately after, in a loop; retire; write behind the API's back. On PGlite both instances share the one
// store of the process; on PostgreSQL each has its own connection pool to the same database (two replicas).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { createToken } from '../../src/tokens.js';
import type { Api } from '../../src/yoga.js';
import { openTestDatabase, testApi, type TestDatabase } from '../helpers.js';
import { clinicFiles, PUBLISH } from '../reliability/harness.js';

let db: TestDatabase;
let second: Store;
let writer: Api;
let reader: Api;
let token: string;

// Small enough to be cached (a page of 50 policies, or the whole document, is not kept).
const READ = 'query($clinic: String!, $id: String!) { policy(clinic: $clinic, id: $id) { retiredAt currentVersion { number contentHash } } }';

async function send(api: Api, query: string, variables: Record<string, unknown>, auth?: string) {
  const response = await api.fetch('http://clearframe.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of several shapes, read field by field
  return (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

const publish = async (note: string, extra: Record<string, unknown> = {}) => {
  const answer = await send(writer, PUBLISH, { input: { clinic: 'lakeside', files: clinicFiles('lakeside', [{ id: 'ana', note }, { id: 'ben', note: 'steady' }]), ...extra } }, token);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!.publishPolicies as { status: string };
};

/** Statements the reader's store sends while `run` runs. */
async function statements(run: () => Promise<unknown>): Promise<number> {
  let count = 0;
  second.onQuery = () => count++;
  try {
    await run();
  } finally {
    second.onQuery = undefined;
  }
  return count;
}

beforeAll(async () => {
  db = await openTestDatabase();
  second = db.databaseUrl ? await openStore({ databaseUrl: db.databaseUrl }) : db.store;
  writer = testApi(db.store);
  reader = testApi(second);
  token = (await createToken(db.store, 'lakeside')).token;
  expect((await publish('first')).status).toBe('PUBLISHED');
});

afterAll(async () => {
  if (second && second !== db.store) await second.close();
  await db?.close();
});

describe('response cache', () => {
  it('answers a repeated public query from the cache, without a statement', async () => {
    const first = await send(reader, READ, { clinic: 'lakeside', id: 'ana' });
    expect(first.errors).toBeUndefined();
    let again: unknown;
    expect(await statements(async () => (again = await send(reader, READ, { clinic: 'lakeside', id: 'ana' })))).toBe(0);
    expect(again).toEqual(first);
  });

  it('never serves a superseded version: publish through one instance, read through the other at once, 15 times', async () => {
    for (let round = 1; round <= 15; round++) {
      const before = (await send(reader, READ, { clinic: 'lakeside', id: 'ana' })).data!.policy.currentVersion;
      expect(await statements(() => send(reader, READ, { clinic: 'lakeside', id: 'ana' }))).toBe(0);
      await publish(`round ${round}`);
      const after = (await send(reader, READ, { clinic: 'lakeside', id: 'ana' })).data!.policy.currentVersion;
      expect(after.number, `round ${round}`).toBe(before.number + 1);
      expect(after.contentHash).not.toBe(before.contentHash);
    }
  });

  it('never serves a retired policy as current after the retiring publish', async () => {
    expect((await send(reader, READ, { clinic: 'lakeside', id: 'ben' })).data!.policy.retiredAt).toBeNull();
    const answer = await send(writer, PUBLISH, { input: { clinic: 'lakeside', files: clinicFiles('lakeside', [{ id: 'ana', note: 'alone' }]), prune: true } }, token);
    expect(answer.errors).toBeUndefined();
    expect((await send(reader, READ, { clinic: 'lakeside', id: 'ben' })).data!.policy.retiredAt).not.toBeNull();
  });

  it('sees a change written behind the API (straight SQL) at the next request', async () => {
    const cached = await send(reader, READ, { clinic: 'lakeside', id: 'ana' });
    await db.store.query("UPDATE policy_version SET content_hash = 'by-hand' WHERE policy_id = (SELECT id FROM policy WHERE slug = 'ana')");
    const fresh = await send(reader, READ, { clinic: 'lakeside', id: 'ana' });
    expect(fresh.data!.policy.currentVersion.contentHash).toBe('by-hand');
    expect(fresh).not.toEqual(cached);
  });

  it('does not keep an answer over its size limit', async () => {
    const small = testApi(second, { responseCache: { maxEntryBytes: 1_000 } });
    const page = 'query { policies(first: 50) { edges { node { document } } } }';
    expect((await send(small, page, {})).errors).toBeUndefined();
    expect(await statements(() => send(small, page, {}))).toBeGreaterThan(0);
    await send(small, READ, { clinic: 'lakeside', id: 'ana' });
    expect(await statements(() => send(small, READ, { clinic: 'lakeside', id: 'ana' }))).toBe(0);
  });

  it('does not cache answers with errors, requests with a token, or lint', async () => {
    const missing = { clinic: 'lakeside', id: 'nobody' };
    await send(reader, READ, missing);
    expect(await statements(() => send(reader, READ, missing))).toBeGreaterThan(0);
    const authed = { clinic: 'lakeside', id: 'ana' };
    await send(reader, READ, authed, token);
    expect(await statements(() => send(reader, READ, authed, token))).toBeGreaterThan(0);
    const lint = 'query { lint(source: "kind: x") { errorCount } }';
    const first = await send(reader, lint, {});
    expect(first.errors).toBeUndefined();
    const api = testApi(second, { lint: { anonymousBurst: 1, anonymousPerSecond: 0.001 } });
    try {
      expect((await send(api, lint, {})).errors).toBeUndefined();
      // A cached lint answer would dodge the rate limit.
      expect((await send(api, lint, {})).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await api.dispose();
    }
  });
});
