import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import pg from 'pg';
import { inject } from 'vitest';
import { createHttpServer, type HttpServer, type HttpServerOptions } from '../src/http.js';
import { createLogger } from '../src/logger.js';
import { openStore } from '../src/store/index.js';
import type { SourceFile } from '../src/store/rows.js';
import type { Store } from '../src/store/store.js';
import { createApi, type Api, type ApiOptions } from '../src/yoga.js';

/** Lint date of every test, so date rules give the same findings on any day. */
export const TODAY = '2026-06-01';
export const FIXTURES = fileURLToPath(new URL('./fixtures/repo/', import.meta.url));

export interface TestDatabase {
  store: Store;
  /** Set on PostgreSQL: a database of its own, for child processes to share. */
  databaseUrl?: string;
  close(): Promise<void>;
}

/** An empty database of its own on the test PostgreSQL server (postgres project only). */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = inject('databaseUrl');
  if (!server) throw new Error('no PostgreSQL server: this test belongs to the postgres project');
  const name = `clearframe_test_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE ${name} WITH (FORCE)`) };
}

/** One database per test file: in-memory PGlite, or a fresh database on the test PostgreSQL server. */
export async function openTestDatabase(): Promise<TestDatabase> {
  if (!inject('databaseUrl')) {
    const store = await openStore({ dataDir: 'memory://' });
    return { store, close: () => store.close() };
  }
  const database = await createPostgresDatabase();
  const store = await openStore({ databaseUrl: database.url });
  return {
    store,
    databaseUrl: database.url,
    close: async () => {
      await store.close();
      await database.drop();
    },
  };
}

export function testApi(store: Store, options: Partial<ApiOptions> = {}): Api {
  return createApi({ store, logger: createLogger('silent'), today: () => TODAY, ...options });
}

/**
 * The API behind a real HTTP server on 127.0.0.1 and a free port (silent logs unless a logger is given);
 * `apiOptions` go to testApi, the rest to createHttpServer.
 */
export async function serveForTests(
  store: Store,
  { apiOptions, ...options }: Partial<Omit<HttpServerOptions, 'store' | 'api'>> & { apiOptions?: Partial<ApiOptions> } = {},
): Promise<{ server: HttpServer; port: number; url: string }> {
  const logger = options.logger ?? createLogger('silent');
  const server = createHttpServer({ api: testApi(store, { logger, ...apiOptions }), store, logger, ...options });
  const { port } = await server.listen(0, '127.0.0.1');
  return { server, port, url: `http://127.0.0.1:${port}` };
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** Sends a typed operation through yoga.fetch (no port), optionally with a bearer token. */
export function graphql(api: Api) {
  return async <TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    options: { token?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResponse<TResult>> => {
    const response = await api.fetch('http://clearframe.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
  };
}

/** Sends a raw request body (for malformed and oversized requests). */
export async function rawRequest(api: Api, body: BodyInit, headers: Record<string, string> = {}): Promise<GraphQLResponse<unknown>> {
  const response = await api.fetch('http://clearframe.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
}

/** The files of a fixture clinic, paths relative to the repository root. */
export function clinicFiles(clinic: string): SourceFile[] {
  const dir = join(FIXTURES, 'clinics', clinic);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ path: `clinics/${clinic}/${f}`, source: readFileSync(join(dir, f), 'utf8') }));
}

export function withFile(files: SourceFile[], path: string, edit: (source: string) => string): SourceFile[] {
  return files.map((f) => (f.path === path ? { ...f, source: edit(f.source) } : f));
}

/** Row counts and newest versions: equal before and after means nothing was written. */
export async function snapshot(store: Store): Promise<unknown> {
  const [counts] = await store.query(
    `SELECT (SELECT count(*)::int FROM clinic) AS clinics, (SELECT count(*)::int FROM policy) AS policies,
            (SELECT count(*)::int FROM policy_version) AS versions, (SELECT coalesce(sum(latest_version), 0)::int FROM policy) AS latest,
            (SELECT coalesce(max(updated_at), 'epoch')::text FROM clinic) AS clinic_updated`,
  );
  return counts;
}

/** Waits until `check` passes or the deadline: every wait in the tests is bounded. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
