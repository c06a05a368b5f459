// The GraphQL-over-HTTP spec audit of graphql-http (the reference implementation) against our server, over real HTTP.
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../src/http.js';
import { createLogger } from '../src/logger.js';
import { openStore, type Store } from '../src/store/index.js';
import { testApi } from './helpers.js';

let store: Store;
let server: HttpServer;
let url: string;

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://' });
  server = createHttpServer({ api: testApi(store), store, logger: createLogger('silent'), webDir: null });
  const { port } = await server.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${port}/graphql`;
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
