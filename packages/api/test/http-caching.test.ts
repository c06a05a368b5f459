// HTTP caching of GraphQL GETs through the real Node server: the 304 goes over the socket without a body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../src/http.js';
import { openStore, type Store } from '../src/store/index.js';
import { serveForTests } from './helpers.js';

let store: Store;
let server: HttpServer;
let base: string;

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://' });
  ({ server, url: base } = await serveForTests(store, { webDir: null }));
});

afterAll(async () => {
  await server?.close();
  await store?.close();
});

describe('GraphQL GET over HTTP', () => {
  it('revalidates with If-None-Match: 304 and an empty body, then 200 once the answer differs', async () => {
    const url = `${base}/graphql?query=${encodeURIComponent('{ rules { id } }')}`;
    const first = await fetch(url);
    const etag = first.headers.get('etag');
    expect([first.status, first.headers.get('cache-control')]).toEqual([200, 'public, max-age=60']);
    expect(etag).toBeTruthy();
    await first.arrayBuffer();
    const again = await fetch(url, { headers: { 'if-none-match': etag! } });
    expect([again.status, again.headers.get('etag'), (await again.arrayBuffer()).byteLength]).toEqual([304, etag, 0]);
    const other = await fetch(`${base}/graphql?query=${encodeURIComponent('{ rules { id severity } }')}`, { headers: { 'if-none-match': etag! } });
    expect(other.status).toBe(200);
  });
});
