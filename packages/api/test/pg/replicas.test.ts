import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, migrations } from '../../src/store/migrate.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { PolicyBySlugDocument, PolicyHistoryDocument, PublishPoliciesDocument } from '../gql/graphql.js';
import { clinicFiles, createPostgresDatabase, withFile } from '../helpers.js';
import { childEnv, post, runCli, startServer, type RunningServer } from '../processes.js';

const JANE = 'clinics/riverbend/policies/jane-rivera.yaml';

let database: { url: string; drop(): Promise<void> };
let a: RunningServer;
let b: RunningServer;
let token: string;

beforeAll(async () => {
  database = await createPostgresDatabase();
  const env = childEnv({ DATABASE_URL: database.url });
  // Two replicas start together on an empty database: both migrate, under the advisory lock.
  [a, b] = await Promise.all([startServer([], env), startServer([], env)]);
  const created = await runCli(['token', 'create', '--clinic', 'riverbend'], env);
  expect(created.code).toBe(0);
  token = created.stdout.trim();
});

afterAll(async () => {
  const codes = await Promise.all([a?.stop(), b?.stop()]);
  expect(codes).toEqual([0, 0]);
  await database?.drop();
});

describe('two API processes on one PostgreSQL', () => {
  it('serves through one what was published through the other', async () => {
    const published = await post(a.url, PublishPoliciesDocument, { input: { clinic: 'riverbend', files: clinicFiles('riverbend'), commit: 'replica-a' } }, token);
    expect(published.data!.publishPolicies.status).toBe('PUBLISHED');
    const read = await post(b.url, PolicyBySlugDocument, { clinic: 'riverbend', id: 'jane-rivera' });
    expect(read.data!.policy).toMatchObject({ slug: 'jane-rivera', clinic: { slug: 'riverbend' }, currentVersion: { number: 1 } });
  });

  it('keeps every one of 20 concurrent publishes spread over both, in order', async () => {
    const history = async () => (await post(b.url, PolicyHistoryDocument, { clinic: 'riverbend', id: 'jane-rivera', first: 100 }, undefined)).data!.policy!.versions.edges.map((e) => e.node);
    const start = (await history()).length;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(i % 2 === 0 ? a.url : b.url, PublishPoliciesDocument, {
          input: { clinic: 'riverbend', files: withFile(clinicFiles('riverbend'), JANE, (s) => s.replace('PsyD', `PsyD-${i}`)), commit: `edit-${i}` },
        }, token),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const versions = (await history()).reverse();
    expect(versions.map((v) => v.number)).toEqual(Array.from({ length: start + 20 }, (_, i) => i + 1));
    expect(new Set(versions.slice(start).map((v) => v.commit))).toEqual(new Set(Array.from({ length: 20 }, (_, i) => `edit-${i}`)));
    const times = versions.map((v) => Date.parse(v.publishedAt));
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    expect(new Set(versions.map((v) => v.contentHash)).size).toBe(start + 20);
  });

  it('a token another replica revoked stops working everywhere', async () => {
    const env = childEnv({ DATABASE_URL: database.url });
    const second = (await runCli(['token', 'create', '--clinic', 'riverbend'], env)).stdout.trim();
    expect((await post(b.url, PublishPoliciesDocument, { input: { clinic: 'riverbend', files: clinicFiles('riverbend') } }, second)).errors).toBeUndefined();
    expect((await runCli(['token', 'revoke', second.slice(3, 15)], env)).code).toBe(0);
    for (const server of [a, b]) {
      const refused = await post(server.url, PublishPoliciesDocument, { input: { clinic: 'riverbend', files: clinicFiles('riverbend') } }, second);
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('migrations', () => {
  it('apply once when several processes migrate the same empty database at the same time', async () => {
    const fresh = await createPostgresDatabase();
    const stores = Array.from({ length: 4 }, () => new PostgresStore(fresh.url, { poolSize: 2 }));
    try {
      const applied = await Promise.all(stores.map((s) => migrate(s)));
      const versions = migrations().map((m) => m.version);
      expect(versions.length).toBeGreaterThan(1);
      // Each migration is applied by exactly one of the four processes.
      expect(applied.flat().sort((a, b) => a - b)).toEqual(versions);
      expect(await stores[0]!.query('SELECT version FROM schema_migration ORDER BY version')).toEqual(versions.map((version) => ({ version })));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await fresh.drop();
    }
  });
});
