// Fault injection on real PostgreSQL: the database stops (like a power cut) while a publish is inside its
// transaction, and while many publishes are in flight. The API process under test is the real one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../helpers.js';
import { childEnv, startServer, type RunningServer } from '../processes.js';
import { auditVersions, clinicFiles, connect, createToken, gql, PUBLISH, privateCluster, queryable, report, stopQuietly, type PrivateCluster } from './harness.js';

const CLINIC = 'fault-pg';
let cluster: PrivateCluster;
let server: RunningServer;
let token: string;
const faults: Record<string, unknown> = {};

const ready = async () => (await fetch(`${server.url}/ready`, { signal: AbortSignal.timeout(10_000) }).catch(() => undefined))?.status;
const publish = (notes: Record<string, string>, commit: string) =>
  gql(server.url, PUBLISH, { input: { clinic: CLINIC, files: clinicFiles(CLINIC, Object.entries(notes).map(([id, note]) => ({ id, note }))), commit } }, token);
const statusOf = (reply: Awaited<ReturnType<typeof publish>>) => (reply.body?.data?.publishPolicies as { status?: string } | undefined)?.status;

beforeAll(async () => {
  cluster = await privateCluster();
  const env = childEnv({ DATABASE_URL: cluster.url });
  server = await startServer([], env);
  token = await createToken(env, CLINIC);
  expect(statusOf(await publish({ a: 'first', b: 'first' }, 'initial'))).toBe('PUBLISHED');
});

afterAll(async () => {
  await stopQuietly(server);
  cluster?.remove();
  report('reliability-postgres-faults', faults);
});

describe('PostgreSQL refuses text', () => {
  it('a NUL character in an argument is BAD_USER_INPUT, not an unexpected error', async () => {
    const reply = await gql(server.url, 'query($s: String) { policies(filter: { search: $s }) { totalCount } }', { s: 'a\u0000b' });
    expect([reply.status, reply.body?.errors?.[0]?.extensions?.code]).toEqual([200, 'BAD_USER_INPUT']);
  });
});

describe('PostgreSQL stops in the middle of a publish', () => {
  it('the publish fails with an error and the process stays up, nothing partial is visible, /ready says not ready, and the API recovers by itself', async () => {
    // Hold the clinic row so the publish stops inside its transaction, after its first statement.
    const holder = await connect(cluster.url);
    const watcher = await connect(cluster.url);
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM clinic WHERE slug = $1 FOR UPDATE', [CLINIC]);
    let answered = false;
    const inFlight = publish({ a: 'cut off', b: 'cut off' }, 'cut-off').finally(() => (answered = true));
    await eventually(
      async () => {
        if (answered) throw new Error(`the publish ended before it reached the locked row: ${JSON.stringify((await inFlight).body)}`);
        // From another connection: inside the holder's transaction pg_stat_activity would be a frozen snapshot.
        const { rows } = await watcher.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'");
        return rows[0].n > 0 ? true : undefined;
      },
      30_000,
      'the publish to wait inside its transaction',
    );
    await watcher.end();
    const stoppedAt = Date.now();
    cluster.stop();

    const reply = await inFlight;
    expect(reply.status, 'the server answered rather than crashing or hanging').toBeGreaterThan(0);
    expect(reply.body?.data?.publishPolicies ?? null).toBeNull();
    // The client is told the database is unavailable (the cause is in the server log and on /ready), never driver details.
    expect(reply.body?.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['the database is not available right now; nothing was written — try again shortly', 'SERVICE_UNAVAILABLE'],
    ]);
    expect(JSON.stringify(reply.body)).not.toMatch(/ECONNREFUSED|terminat|postgres|stack/i);
    faults.clientSaw = { status: reply.status, code: reply.body?.errors?.[0]?.extensions?.code };

    await eventually(async () => ((await ready()) === 503 ? true : undefined), 15_000, '/ready to report 503');
    const duringOutage = await gql(server.url, '{ clinics(first: 5) { totalCount } }');
    expect(duringOutage.body?.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(await publish({ a: 'while down', b: 'while down' }, 'while-down').then(statusOf)).toBeUndefined();

    cluster.start();
    const restartedAt = Date.now();
    await eventually(async () => ((await ready()) === 200 ? true : undefined), 30_000, '/ready to recover without a restart');
    expect(server.child.exitCode, 'the API process survived the outage').toBeNull();
    faults.outageMs = restartedAt - stoppedAt;
    faults.recoveryMs = Date.now() - restartedAt;

    const db = await connect(cluster.url);
    try {
      const audit = await auditVersions(queryable(db));
      expect(audit.problems).toEqual([]);
      expect(Object.fromEntries(audit.commits)).toEqual({ [`${CLINIC}/a`]: ['initial'], [`${CLINIC}/b`]: ['initial'] });
    } finally {
      await db.end();
    }
    const after = await publish({ a: 'after', b: 'after' }, 'after');
    expect(statusOf(after)).toBe('PUBLISHED');
    faults.midTransactionStop = 'survived';
  });

  it('a stop while 20 publishes are in flight: every acknowledged version is kept, none is partial', async () => {
    const before = await connect(cluster.url);
    const known = (await auditVersions(queryable(before))).versions;
    await before.end();
    const ids = Array.from({ length: 20 }, (_, i) => `burst-${i}`);
    const replies = ids.map((id, i) => publish({ [id]: `burst ${i}` }, `burst-${i}`));
    // Cut the database off while the server is busy linting and writing: after the first acknowledgement.
    await Promise.race([...replies.map((r) => r.then((x) => (statusOf(x) === 'PUBLISHED' ? x : new Promise(() => undefined)))), new Promise((r) => setTimeout(r, 20_000))]);
    cluster.stop();
    const settled = await Promise.all(replies);
    cluster.start();
    await eventually(async () => ((await ready()) === 200 ? true : undefined), 30_000, '/ready to recover');

    const acknowledged = ids.filter((_, i) => statusOf(settled[i]!) === 'PUBLISHED');
    const failed = settled.filter((r) => statusOf(r) !== 'PUBLISHED');
    for (const reply of failed) expect(reply.body?.errors?.[0]?.extensions?.code, JSON.stringify(reply.body)).toBe('SERVICE_UNAVAILABLE');
    const db = await connect(cluster.url);
    try {
      const audit = await auditVersions(queryable(db));
      expect(audit.problems).toEqual([]);
      for (const id of acknowledged) expect(audit.commits.get(`${CLINIC}/${id}`), `acknowledged ${id} was lost`).toEqual([id]);
      // A publish whose reply was lost with the connection may have committed; it is then whole, never half.
      for (const id of ids) expect([undefined, [id]]).toContainEqual(audit.commits.get(`${CLINIC}/${id}`));
      faults.burst = {
        inFlight: ids.length,
        acknowledged: acknowledged.length,
        failedWithError: failed.length,
        committedButReplyLost: audit.versions - known - acknowledged.length,
        lost: 0,
        partial: 0,
      };
    } finally {
      await db.end();
    }
  });
});
