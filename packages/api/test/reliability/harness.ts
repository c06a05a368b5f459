// Shared pieces of the reliability tests: real server processes, a private PostgreSQL cluster that a test may stop and
// start, publish traffic with unique content, and an audit of what the database holds afterwards.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { parseDocument } from 'yaml';
import { contentHash } from '../../src/canonical.js';
import type { SourceFile } from '../../src/store/rows.js';
import type { Queryable, Row } from '../../src/store/store.js';
import { FIXTURES } from '../helpers.js';
import { BIN, runCli, type RunningServer } from '../processes.js';
import startPostgres from '../setup/postgres.js';

/** Every wait is bounded; so is every request. */
export const REQUEST_TIMEOUT_MS = 60_000;
const REPORTS = fileURLToPath(new URL('../../reports/', import.meta.url));

export interface Reply {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
  ms: number;
}

/** POSTs a GraphQL operation to a running server and times it; network failures come back as status 0. */
export async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Reply> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    let body: Reply['body'];
    try {
      body = JSON.parse(text) as Reply['body'];
    } catch {
      body = undefined;
    }
    return { status: response.status, body, ms: performance.now() - started };
  } catch {
    return { status: 0, body: undefined, ms: performance.now() - started };
  }
}

export const PUBLISH = `mutation Publish($input: PublishPoliciesInput!) {
  publishPolicies(input: $input) { status changes { filePath change version { number commit } } rejected { filePath messages { ruleId message line } } }
}`;

export const VERSIONS = `query Versions($clinic: String!, $id: String!, $after: String) {
  policy(clinic: $clinic, id: $id) { versions(first: 100, after: $after) { edges { node { number commit contentHash } } pageInfo { hasNextPage endCursor } } }
}`;

const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

/**
 * A clinic's files built from the riverbend fixture: its clinic.yaml (re-labelled for `clinic`) and one policy per
 * entry, each with its own id and a note that makes its content unique.
 */
export function clinicFiles(clinic: string, policies: { id: string; note: string }[]): SourceFile[] {
  const defaults = parseDocument(fixture('clinics/riverbend/clinic.yaml'));
  defaults.setIn(['metadata', 'clinic'], clinic);
  defaults.setIn(['metadata', 'id'], `${clinic}-defaults`);
  return [
    { path: `clinics/${clinic}/clinic.yaml`, source: defaults.toString() },
    ...policies.map(({ id, note }) => {
      const policy = parseDocument(fixture('clinics/riverbend/policies/jane-rivera.yaml'));
      policy.setIn(['metadata', 'id'], id);
      policy.setIn(['spec', 'turnaround', 'note'], note);
      return { path: `clinics/${clinic}/policies/${id}.yaml`, source: policy.toString() };
    }),
  ];
}

/** Creates a publish token with the real CLI (for PGlite: while no server holds the data directory). */
export async function createToken(env: NodeJS.ProcessEnv, clinic: string): Promise<string> {
  const created = await runCli(['token', 'create', '--clinic', clinic], env);
  if (created.code !== 0) throw new Error(`token create failed: ${created.stderr}`);
  return created.stdout.trim();
}

/** Resident memory of a process in bytes (Linux), or undefined once it has gone. */
export function rssOf(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Writes figures to reports/<name>.json (for docs/reliability.md) and prints them. */
export function report(name: string, figures: Record<string, unknown>): void {
  mkdirSync(REPORTS, { recursive: true });
  writeFileSync(join(REPORTS, `${name}.json`), JSON.stringify({ at: new Date().toISOString(), ...figures }, null, 2) + '\n');
  console.log(`${name}: ${JSON.stringify(figures)}`);
}

export interface VersionAudit {
  policies: number;
  versions: number;
  /** Human-readable breaches of "only whole versions": gaps, a latest_version that is not the newest row, a bad hash. */
  problems: string[];
  /** clinic/slug → commits of its versions, oldest first. */
  commits: Map<string, (string | null)[]>;
}

/** Reads every policy and version straight from the database and checks that each is whole. */
export async function auditVersions(db: Queryable): Promise<VersionAudit> {
  const rows = await db.query<{ clinic: string; slug: string; latest_version: number; version: number | null; content_hash: string | null; document: unknown; sources: unknown; commit: string | null }>(
    `SELECT c.slug AS clinic, p.slug, p.latest_version, v.version, v.content_hash, v.document, v.sources, v.commit
     FROM policy p JOIN clinic c ON c.id = p.clinic_id LEFT JOIN policy_version v ON v.policy_id = p.id
     ORDER BY c.slug, p.slug, v.version`,
  );
  const problems: string[] = [];
  const commits = new Map<string, (string | null)[]>();
  const numbers = new Map<string, { latest: number; versions: number[] }>();
  for (const row of rows) {
    const key = `${row.clinic}/${row.slug}`;
    const entry = numbers.get(key) ?? { latest: row.latest_version, versions: [] };
    numbers.set(key, entry);
    if (row.version === null) continue;
    entry.versions.push(row.version);
    commits.set(key, [...(commits.get(key) ?? []), row.commit]);
    if (contentHash(row.document) !== row.content_hash) problems.push(`${key} v${row.version}: content hash does not match its document`);
    if (!Array.isArray(row.sources) || row.sources.length === 0) problems.push(`${key} v${row.version}: no sources`);
  }
  let versions = 0;
  for (const [key, { latest, versions: list }] of numbers) {
    versions += list.length;
    if (list.length === 0) problems.push(`${key}: a policy row without any version`);
    if (list.some((n, i) => n !== i + 1)) problems.push(`${key}: versions ${list.join(',')} are not 1..${list.length}`);
    if (latest !== list.length) problems.push(`${key}: latest_version ${latest} but ${list.length} versions`);
  }
  return { policies: numbers.size, versions, problems, commits };
}

/** A connection to a PostgreSQL database, for audits and for holding locks. It may outlive its server: errors are ignored. */
export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** A connection seen as the store's Queryable (rows only). */
export function queryable(client: pg.Client): Queryable {
  return {
    query: async <T extends Row = Row>(sql: string, params: readonly unknown[] = []) => (await client.query<T>(sql, [...params])).rows,
    exec: async (sql: string) => void (await client.query(sql)),
  };
}

export interface PrivateCluster {
  url: string;
  /** Stops the server like a power cut (immediate mode: no checkpoint, sessions dropped), or a fast shutdown (sessions ended). */
  stop(mode?: 'immediate' | 'fast'): void;
  /** Starts it again on the same port and data directory. */
  start(): void;
  /** Stops it for good and removes it. */
  remove(): void;
}

/**
 * A PostgreSQL cluster of this test file's own, from the shared throwaway-cluster helper (test/setup/postgres.ts):
 * fault injection stops it, so it cannot be the cluster other test files share, nor DATABASE_URL.
 */
export async function privateCluster(): Promise<PrivateCluster> {
  let url: string | undefined;
  const shared = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  let teardown: (() => void) | undefined;
  try {
    teardown = (await startPostgres({ provide: (_key: string, value: string) => (url = value) } as never)) ?? undefined;
  } finally {
    if (shared !== undefined) process.env.DATABASE_URL = shared;
  }
  if (!url || !teardown) throw new Error('the PostgreSQL helper did not start a cluster');
  const admin = await connect(url);
  const [{ data_directory: data }] = (await admin.query('SHOW data_directory')).rows as [{ data_directory: string }];
  const port = new URL(url).port;
  // The binaries of the running server: the helper prefers PostgreSQL 15, else the newest installed.
  const [{ bin: pgBin }] = (await admin.query("SELECT setting AS bin FROM pg_config WHERE name = 'BINDIR'")).rows as [{ bin: string }];
  await admin.end();
  const asRoot = process.getuid?.() === 0;
  const pgCtl = (args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(pgBin, 'pg_ctl'), ...args], { stdio: 'pipe', timeout: 60_000 })
      : execFileSync(join(pgBin, 'pg_ctl'), args, { stdio: 'pipe', timeout: 60_000 });
  const socketDir = dirname(data);
  let running = true;
  return {
    url,
    stop: (mode = 'immediate') => {
      pgCtl(['-D', data, '-m', mode, '-w', '-t', '30', 'stop']);
      running = false;
    },
    start: () => {
      pgCtl(['-D', data, '-l', join(socketDir, 'log'), '-w', '-t', '30', '-o', `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`, 'start']);
      running = true;
    },
    // The helper's teardown stops the server, then removes its directory (the parent of the data directory).
    remove: () => (running ? teardown!() : rmSync(socketDir, { recursive: true, force: true })),
  };
}

export interface QuietServer {
  child: ChildProcess;
  url: string;
  /** Log lines written so far (counted, not kept: a load test writes hundreds of thousands). */
  logLines: () => number;
  stderr: () => string;
  stop(): Promise<number | null>;
}

/** RELIABILITY_CPU_PROFILE=<dir>: the server writes a CPU profile of each of its threads there when it stops. */
const cpuProfile = () => (process.env.RELIABILITY_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.RELIABILITY_CPU_PROFILE}`] : []);

/** Starts `clearframe-api serve` on a free port like startServer, without keeping its request log in memory. */
export function startQuietServer(env: NodeJS.ProcessEnv): Promise<QuietServer> {
  const child = spawn(process.execPath, [...cpuProfile(), BIN, 'serve', '--port', '0', '--host', '127.0.0.1'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let lines = 0;
  let stderr = '';
  let pending = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within 60 s: ${stderr}`));
    }, 60_000);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening: ${stderr}`));
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      const text = pending + chunk.toString();
      const split = text.split('\n');
      pending = split.pop()!;
      lines += split.length;
      const listening = split.find((line) => line.includes('"listening on '));
      if (!listening) return;
      clearTimeout(timer);
      const { port } = JSON.parse(listening) as { port: number };
      resolve({
        child,
        url: `http://127.0.0.1:${port}`,
        logLines: () => lines,
        stderr: () => stderr,
        stop: async () => {
          if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
          child.kill('SIGTERM');
          const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
          try {
            return await exited;
          } finally {
            clearTimeout(kill);
          }
        },
      });
    });
  });
}

/** Stops a server if it still runs (afterAll): SIGTERM, then SIGKILL after 15 s. */
export async function stopQuietly(server: Pick<RunningServer, 'child' | 'stop'> | undefined): Promise<void> {
  if (server && server.child.exitCode === null && server.child.signalCode === null) await server.stop();
}
