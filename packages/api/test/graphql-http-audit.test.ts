// The GraphQL-over-HTTP spec audit of graphql-http (the reference implementation) against our server, over real HTTP.
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../src/http.js';
import { openStore, type Store } from '../src/store/index.js';
import { serveForTests } from './helpers.js';

let store: Store;
let server: HttpServer;
let url: string;

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://' });
  const served = await serveForTests(store, { webDir: null });
  server = served.server;
  url = `${served.url}/graphql`;
});

afterAll(async () => {
  await server?.close();
  await store?.close();
});

describe('GraphQL over HTTP', () => {
  it('passes every audit of graphql-http, MUSTs and SHOULDs alike', async () => {
    const results = await auditServer({ url });
    const problems = results.flatMap((r) => (r.status === 'ok' ? [] : [`${r.id} ${r.name}: ${r.reason}`]));
    expect(problems).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(60);
  });
});
