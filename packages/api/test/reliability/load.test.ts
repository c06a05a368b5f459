// Load and memory soak against the real server on 127.0.0.1 (PGlite, the default database): 20 concurrent publishers
// and 100 readers, while /health is probed every 100 ms. `npm test` runs a short window; `npm run soak`
// (RELIABILITY_SOAK=1) runs 60 s of load, then a 5-minute memory soak.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { childEnv } from '../processes.js';
import { auditVersions, clinicFiles, createToken, gql, percentile, PUBLISH, report, REQUEST_TIMEOUT_MS, rssOf, startQuietServer, stopQuietly, type QuietServer, type Reply } from './harness.js';

const SOAK = Boolean(process.env.RELIABILITY_SOAK);
const LOAD_SECONDS = Number(process.env.LOAD_SECONDS) || (SOAK ? 60 : 10);
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS) || (SOAK ? 300 : 20);
const PUBLISHERS = 20;
const READERS = 100;
const CLINICS = ['load-a', 'load-b'];
const POLICIES = 10;

const dataDir = mkdtempSync(join(tmpdir(), 'clearframe-load-'));
const env = childEnv({ CLEARFRAME_DATA_DIR: dataDir });
const tokens = new Map<string, string>();
let server: QuietServer | undefined;
/** Every commit the server acknowledged as a new version, per policy. */
const acknowledged = new Map<string, string[]>();
const figures: Record<string, unknown> = {};

const READS: { name: string; query: string; variables: (i: number) => Record<string, unknown> }[] = [
  {
    name: 'policies',
    query: 'query($c: String) { policies(first: 20, filter: { clinic: $c }) { totalCount edges { node { slug lintStatus currentVersion { number } } } } }',
    variables: (i) => ({ c: CLINICS[i % 2] }),
  },
  {
    name: 'policy',
    query: 'query($c: String!, $id: String!) { policy(clinic: $c, id: $id) { slug spec { contact { routes { crisis { instructions contacts { number } } } } } versions(first: 5) { edges { node { number commit } } } } }',
    variables: (i) => ({ c: CLINICS[i % 2], id: `load-${i % POLICIES}` }),
  },
  { name: 'clinics', query: '{ clinics(first: 10) { totalCount edges { node { slug title } } } }', variables: () => ({}) },
  { name: 'search', query: 'query($s: String) { policies(first: 5, filter: { search: $s, jurisdiction: "US" }) { totalCount } }', variables: (i) => ({ s: `load-${i % 7}` }) },
];

/** Which clinic and policy a publisher writes: two publishers share each policy, so they race for its next version. */
const target = (p: number) => ({ clinic: CLINICS[(p % POLICIES) % 2]!, id: `load-${p % POLICIES}` });

beforeAll(async () => {
  for (const clinic of CLINICS) tokens.set(clinic, await createToken(env, clinic));
  server = await startQuietServer(env);
});

afterAll(async () => {
  await stopQuietly(server);
  rmSync(dataDir, { recursive: true, force: true });
  report('reliability-load', figures);
});

interface Tally {
  requests: number;
  byStatus: Record<string, number>;
  readMs: number[];
  publishMs: number[];
  /** /health, probed every 100 ms while the traffic runs. */
  healthMs: number[];
  /** Read times per query, to see which reads wait. */
  readMsByQuery: Record<string, number[]>;
  failures: string[];
}

/** Runs publishers and readers until the deadline; every request is awaited, so at most PUBLISHERS + READERS are in flight. */
async function traffic(url: string, seconds: number, publishers: number, readers: number, tally: Tally): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  const note = (reply: Reply, kind: 'read' | 'publish', what: string) => {
    tally.requests++;
    tally.byStatus[reply.status] = (tally.byStatus[reply.status] ?? 0) + 1;
    (kind === 'read' ? tally.readMs : tally.publishMs).push(reply.ms);
    if (reply.status !== 200 || reply.body?.errors) tally.failures.push(`${what}: ${reply.status} ${JSON.stringify(reply.body?.errors ?? reply.body)}`.slice(0, 300));
  };
  const publisher = async (p: number) => {
    const { clinic, id } = target(p);
    for (let seq = 0; Date.now() < deadline; seq++) {
      const commit = `${id}-p${p}-${Date.now()}-${seq}`;
      const reply = await gql(url, PUBLISH, { input: { clinic, files: clinicFiles(clinic, [{ id, note: commit }]), commit } }, tokens.get(clinic));
      note(reply, 'publish', `publish ${commit}`);
      const payload = reply.body?.data?.publishPolicies as { status: string; changes: { version: { commit: string } }[] } | undefined;
      if (payload?.status === 'PUBLISHED') {
        const key = `${clinic}/${id}`;
        acknowledged.set(key, [...(acknowledged.get(key) ?? []), payload.changes[0]!.version.commit]);
      } else if (payload) tally.failures.push(`publish ${commit}: ${payload.status}`);
    }
  };
  const reader = async (r: number) => {
    for (let i = r; Date.now() < deadline; i += READS.length) {
      const read = READS[i % READS.length]!;
      const t0 = Date.now();
      const reply = await gql(url, read.query, read.variables(i));
      if (reply.ms > 3000) console.log('SLOW', read.name, r, i, t0 - (deadline - seconds * 1000), Math.round(reply.ms), reply.status);
      note(reply, 'read', read.name);
      (tally.readMsByQuery[read.name] ??= []).push(reply.ms);
    }
  };
  const health = async () => {
    while (Date.now() < deadline) {
      const started = performance.now();
      try {
        const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
        await response.text();
        if (response.status !== 200) tally.failures.push(`/health: ${response.status}`);
      } catch (error) {
        tally.failures.push(`/health: ${String(error)}`);
      }
      tally.healthMs.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  await Promise.all([health(), ...Array.from({ length: publishers }, (_, p) => publisher(p)), ...Array.from({ length: readers }, (_, r) => reader(r))]);
}

const newTally = (): Tally => ({ requests: 0, byStatus: {}, readMs: [], publishMs: [], healthMs: [], readMsByQuery: {}, failures: [] });
const ms = (values: number[]) => ({ p50: Math.round(percentile(values, 50)), p95: Math.round(percentile(values, 95)), p99: Math.round(percentile(values, 99)), max: Math.round(percentile(values, 100)) });

describe('load', () => {
  it(
    `${PUBLISHERS} publishers and ${READERS} readers for ${LOAD_SECONDS} s: no 5xx, no failed request`,
    async () => {
      const tally = newTally();
      const rss: number[] = [];
      const sampler = setInterval(() => rss.push(rssOf(server!.child.pid!) ?? 0), 1_000);
      const started = Date.now();
      try {
        await traffic(server!.url, LOAD_SECONDS, PUBLISHERS, READERS, tally);
      } finally {
        clearInterval(sampler);
      }
      const seconds = (Date.now() - started) / 1000;
      figures.load = {
        seconds: Math.round(seconds),
        publishers: PUBLISHERS,
        readers: READERS,
        requests: tally.requests,
        requestsPerSecond: Math.round(tally.requests / seconds),
        publishes: tally.publishMs.length,
        reads: tally.readMs.length,
        byStatus: tally.byStatus,
        readMs: ms(tally.readMs),
        readMsByQuery: Object.fromEntries(Object.entries(tally.readMsByQuery).map(([name, values]) => [name, ms(values)])),
        publishMs: ms(tally.publishMs),
        healthProbes: tally.healthMs.length,
        healthMs: ms(tally.healthMs),
        peakRssMb: Math.round(Math.max(...rss) / 1048576),
      };
      expect(tally.failures.slice(0, 5)).toEqual([]);
      expect(Object.keys(tally.byStatus)).toEqual(['200']);
      expect(tally.publishMs.length).toBeGreaterThan(PUBLISHERS);
      // The target (docs/reliability.md) is checked by the 60 s soak run; `npm test` shares two cores with other
      // suites, so its short run allows more.
      expect(percentile(tally.healthMs, 99), '/health p99 (ms) under load').toBeLessThan(SOAK ? 200 : 1_000);
    },
    LOAD_SECONDS * 1000 + 120_000,
  );

  it(
    `memory stays flat over a ${SOAK_SECONDS} s soak`,
    async () => {
      const tally = newTally();
      const samples: number[] = [];
      const sampler = setInterval(() => samples.push(rssOf(server!.child.pid!) ?? 0), 2_000);
      try {
        await traffic(server!.url, SOAK_SECONDS, 4, 20, tally);
      } finally {
        clearInterval(sampler);
      }
      // Compare the middle of the first third with the last third (after warm-up): flat means no steady climb.
      const third = Math.floor(samples.length / 3);
      const early = percentile(samples.slice(0, third), 50);
      const late = percentile(samples.slice(-third), 50);
      figures.soak = {
        seconds: SOAK_SECONDS,
        requests: tally.requests,
        byStatus: tally.byStatus,
        rssEarlyMb: Math.round(early / 1048576),
        rssLateMb: Math.round(late / 1048576),
        growthPercent: Math.round(((late - early) / early) * 1000) / 10,
        readMs: ms(tally.readMs),
        publishMs: ms(tally.publishMs),
      };
      expect(tally.failures.slice(0, 5)).toEqual([]);
      expect(Object.keys(tally.byStatus)).toEqual(['200']);
      expect(late, `resident memory grew from ${Math.round(early / 1048576)} MB to ${Math.round(late / 1048576)} MB`).toBeLessThan(early * 1.2 + 32 * 1048576);
    },
    SOAK_SECONDS * 1000 + 120_000,
  );

  it('no acknowledged version was lost or duplicated, and every version is whole', async () => {
    expect(await server!.stop()).toBe(0);
    const store = await openStore({ dataDir });
    try {
      const audit = await auditVersions(store);
      expect(audit.problems).toEqual([]);
      let lost = 0;
      let duplicated = 0;
      for (const [key, commits] of acknowledged) {
        const stored = audit.commits.get(key) ?? [];
        lost += commits.filter((c) => !stored.includes(c)).length;
        duplicated += stored.length - new Set(stored).size;
        expect(stored, `${key}: the stored versions are exactly the acknowledged publishes`).toEqual(expect.arrayContaining(commits));
        expect(stored).toHaveLength(commits.length);
      }
      figures.versions = { acknowledged: [...acknowledged.values()].flat().length, stored: audit.versions, lost, duplicated, partial: audit.problems.length };
      expect({ lost, duplicated }).toEqual({ lost: 0, duplicated: 0 });
    } finally {
      await store.close();
    }
  });
});
