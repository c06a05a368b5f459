import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../src/http.js';
import { createLogger } from '../src/logger.js';
import { CONTENT_SECURITY_POLICY } from '../src/static.js';
import { openStore, type Store } from '../src/store/index.js';
import { PostgresStore } from '../src/store/postgres.js';
import { createToken } from '../src/tokens.js';
import { serveForTests, testApi } from './helpers.js';

let store: Store;
let server: HttpServer;
let base: string;
let webDir: string;
const logs: Record<string, unknown>[] = [];

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://' });
  webDir = mkdtempSync(join(tmpdir(), 'clearframe-web-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Clearframe</title><script type="module" src="/assets/index-4f9a2c1b.js"></script>');
  writeFileSync(join(webDir, 'assets/index-4f9a2c1b.js'), 'console.log("clearframe");');
  writeFileSync(join(webDir, 'assets/index-9d8e7f6a.css'), 'body { margin: 0 }');
  writeFileSync(join(webDir, 'robots.txt'), 'User-agent: *\n');
  const logger = createLogger('debug', (line) => logs.push(JSON.parse(line) as Record<string, unknown>));
  ({ server, url: base } = await serveForTests(store, { logger, webDir }));
});

afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe('probes', () => {
  it('/health answers while the process is up; /ready when the database answers', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('/ready fails when the database does not answer', async () => {
    const unreachable = new PostgresStore('postgres://nobody@127.0.0.1:9/nowhere', { poolSize: 1 });
    const other = createHttpServer({ api: testApi(unreachable), store: unreachable, logger: createLogger('silent') });
    try {
      const { port } = await other.listen(0, '127.0.0.1');
      const ready = await fetch(`http://127.0.0.1:${port}/ready`);
      expect([ready.status, await ready.json()]).toEqual([503, { status: 'database unavailable' }]);
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    } finally {
      await other.close();
      await unreachable.close();
    }
  });
});

describe('GraphQL over HTTP', () => {
  it('serves /graphql and logs one line per request, without tokens', async () => {
    const { token } = await createToken(store, 'riverbend');
    logs.length = 0;
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query Catalog { rules { id } }' }),
    });
    expect(response.status).toBe(200);
    await response.json();
    const line = await waitForLog((l) => l.msg === 'request' && l.path === '/graphql');
    expect(line).toMatchObject({ level: 'info', method: 'POST', status: 200, operationName: 'Catalog', durationMs: expect.any(Number), time: expect.any(String) });
    expect(JSON.stringify(logs)).not.toContain(token);
    expect(JSON.stringify(logs)).not.toContain(token.slice(16));
  });

  it('refuses an oversized chunked body with 413 before parsing it', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      });
      req.on('error', reject);
      req.write('{"query":"{ rules { id } }","variables":{"x":"');
      const chunk = 'x'.repeat(64 * 1024);
      for (let i = 0; i < 20; i++) req.write(chunk);
      req.end('"}}');
    });
    expect(status).toBe(413);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('reads a body before the request takes a turn: a client sending slowly does not hold up the others', async () => {
    const { server: gated, port } = await serveForTests(store, { maxConcurrent: 1 });
    try {
      const slow = httpRequest(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } });
      const slowAnswer = new Promise<number>((resolve, reject) => {
        slow.on('response', (res) => {
          res.resume();
          resolve(res.statusCode!);
        });
        slow.on('error', reject);
      });
      slow.write('{"query":"{ rules');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const others = await Promise.all(
        Array.from({ length: 3 }, () => fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ rules { id } }' }), signal: AbortSignal.timeout(10_000) })),
      );
      expect(others.map((r) => r.status)).toEqual([200, 200, 200]);
      slow.end(' { id } }"}');
      expect(await slowAnswer).toBe(200);
    } finally {
      await gated.close();
    }
  });

  it('gives the turn back when clients hang up mid-request', async () => {
    const { server: gated, port } = await serveForTests(store, { maxConcurrent: 2 });
    try {
      // Like a load generator whose time is up: 10 keep-alive connections sending requests back to back, then
      // every socket closed at once, whatever its request was doing.
      for (let round = 0; round < 5; round++) {
        const agent = new Agent({ keepAlive: true, maxSockets: 10 });
        let open = true;
        const clients = Array.from({ length: 10 }, async (_, c) => {
          for (let n = 0; open && n < 1_000; n++) {
            await new Promise((resolve) => {
              const body = JSON.stringify({ query: 'query($c: String!, $id: String!) { policy(clinic: $c, id: $id) { slug } }', variables: { c: 'riverbend', id: `p${round}-${c}-${n}` } });
              const req = httpRequest({ host: '127.0.0.1', port, agent, method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
                res.resume();
                res.on('end', resolve).on('error', resolve).on('close', resolve);
              });
              req.on('error', resolve);
              req.end(body);
            });
          }
        });
        await new Promise((resolve) => setTimeout(resolve, 250));
        open = false;
        agent.destroy();
        await Promise.all(clients);
      }
      const after = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ rules { id } }' }), signal: AbortSignal.timeout(10_000) });
      expect(after.status).toBe(200);
    } finally {
      await gated.close();
    }
  });

  it('refuses a request with 503 and Retry-After when more are waiting than the server takes', async () => {
    const { server: gated, port } = await serveForTests(store, { maxConcurrent: 1, maxQueued: 1 });
    try {
      // Ten lints of a long list at once (each under 128 KiB, so within the unauthenticated lint rate): one runs,
      // one waits, the rest are turned away at once.
      const source = `notes:\n${Array.from({ length: 7_000 }, (_, i) => `  - "note ${i}"\n`).join('')}`;
      expect(source.length).toBeLessThan(131_072);
      const answers = await Promise.all(
        Array.from({ length: 10 }, async () => {
          const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: 'query($s: String!) { lint(source: $s) { filePath } }', variables: { s: source } }),
            signal: AbortSignal.timeout(30_000),
          });
          return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { errors?: { extensions: { code: string } }[] } };
        }),
      );
      const refused = answers.filter((a) => a.status === 503);
      expect(refused.length).toBeGreaterThan(0);
      expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(2);
      expect(refused.every((a) => a.retryAfter === '2' && a.body.errors?.[0]?.extensions.code === 'SERVICE_UNAVAILABLE')).toBe(true);
      expect(answers.every((a) => a.status === 200 || a.status === 503)).toBe(true);
    } finally {
      await gated.close();
    }
  });

  it('redirects / to /graphql when there is no web client', async () => {
    const { server: bare, port } = await serveForTests(store, { webDir: null });
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
      expect([response.status, response.headers.get('location')]).toEqual([302, '/graphql']);
      expect((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});

describe('web client', () => {
  it('serves index.html with a strict Content-Security-Policy and no caching', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>Clearframe</title>');
  });

  it('caches hashed assets for a year, with their content types', async () => {
    for (const [path, type] of [
      ['/assets/index-4f9a2c1b.js', 'text/javascript; charset=utf-8'],
      ['/assets/index-9d8e7f6a.css', 'text/css; charset=utf-8'],
    ]) {
      const response = await fetch(base + path);
      expect([response.status, response.headers.get('content-type'), response.headers.get('cache-control')]).toEqual([200, type, 'public, max-age=31536000, immutable']);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBeNull();
    }
    const robots = await fetch(`${base}/robots.txt`);
    expect([robots.headers.get('content-type'), robots.headers.get('cache-control')]).toEqual(['text/plain; charset=utf-8', 'no-cache']);
  });

  it('falls back to index.html for client routes, not for missing files or paths outside the directory', async () => {
    const route = await fetch(`${base}/clinics/riverbend/jane-rivera`);
    expect([route.status, route.headers.get('content-security-policy')]).toEqual([200, CONTENT_SECURITY_POLICY]);
    expect((await fetch(`${base}/assets/missing-12345678.js`)).status).toBe(404);
    const secret = `${webDir}-secret.txt`;
    writeFileSync(secret, 'not for the web');
    try {
      for (const path of [`/..%2f${secret.split('/').pop()}`, `/../${secret.split('/').pop()}`, '/..%2f..%2f..%2fetc%2fpasswd']) {
        const answer = await rawGet(path);
        expect(answer, path).not.toMatch(/not for the web|root:/);
      }
      expect(await rawGet(`/..%2f${secret.split('/').pop()}`)).toMatch(/^HTTP\/1.1 404/);
    } finally {
      rmSync(secret, { force: true });
    }
    const head = await fetch(`${base}/`, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
    expect((await fetch(`${base}/`, { method: 'DELETE' })).status).toBe(405);
  });
});

describe('graceful shutdown', () => {
  it('finishes requests in flight, refuses new connections, then stops', async () => {
    const local = createHttpServer({ api: testApi(store), store, logger: createLogger('silent') });
    const { port } = await local.listen(0, '127.0.0.1');
    const body = JSON.stringify({ query: '{ rules { id } }' });
    // A request whose body is still arriving when the shutdown starts.
    const answer = new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve(`${res.statusCode} ${text}`));
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), 300);
    });
    await new Promise((r) => setTimeout(r, 100));
    const closed = local.close();
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    expect(await answer).toMatch(/^200 \{"data":\{"rules":\[/);
    await closed;
  });
});

async function waitForLog(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  for (let i = 0; i < 100; i++) {
    const line = logs.find(match);
    if (line) return line;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('log line not written within 2 s');
}

/** A GET with the path sent exactly as written (fetch would normalise it). */
function rawGet(path: string): Promise<string> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.setTimeout(5_000, () => socket.destroy(new Error('no answer within 5 s')));
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}
