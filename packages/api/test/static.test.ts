// The web client's files over real HTTP: validators (ETag → 304) and caching by kind of file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../src/http.js';
import { CONTENT_SECURITY_POLICY } from '../src/static.js';
import { openStore, type Store } from '../src/store/index.js';
import { serveForTests } from './helpers.js';

let store: Store;
let server: HttpServer;
let base: string;
let webDir: string;

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://' });
  webDir = mkdtempSync(join(tmpdir(), 'clearframe-static-'));
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Clearframe</title>');
  writeFileSync(join(webDir, 'assets/index-4f9a2c1b.js'), 'console.log("clearframe");');
  writeFileSync(join(webDir, 'favicon-12345678.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  ({ server, url: base } = await serveForTests(store, { webDir }));
});

afterAll(async () => {
  await server?.close();
  await store?.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe('static files', () => {
  it('answer If-None-Match with 304 and no body, for assets and for index.html', async () => {
    for (const path of ['/assets/index-4f9a2c1b.js', '/', '/clinics/riverbend']) {
      const first = await fetch(base + path);
      const etag = first.headers.get('etag');
      expect(etag, path).toMatch(/^W\/".+"$/);
      const again = await fetch(base + path, { headers: { 'if-none-match': etag! } });
      expect([again.status, await again.text()], path).toEqual([304, '']);
    }
  });

  it('cache only hashed files under /assets/ as immutable; everything else revalidates', async () => {
    const asset = await fetch(`${base}/assets/index-4f9a2c1b.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const outside = await fetch(`${base}/favicon-12345678.svg`);
    expect([outside.headers.get('cache-control'), outside.headers.get('content-type')]).toEqual(['no-cache', 'image/svg+xml']);
    const index = await fetch(`${base}/`);
    expect([index.headers.get('cache-control'), index.headers.get('content-security-policy')]).toEqual(['no-cache', CONTENT_SECURITY_POLICY]);
  });

  it('keep the index.html fallback for client routes only', async () => {
    const route = await fetch(`${base}/clinics/riverbend/jane-rivera`);
    expect([route.status, route.headers.get('content-type'), await route.text()]).toEqual([200, 'text/html; charset=utf-8', '<!doctype html><title>Clearframe</title>']);
    const missing = await fetch(`${base}/assets/gone-87654321.js`);
    expect([missing.status, await missing.text()]).toEqual([404, 'not found']);
  });
});
