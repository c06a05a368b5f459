// GraphiQL works offline: served by the API itself (packaged, no CDN), proven in real Chromium with the network cut.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../src/http.js';
import { openStore, type Store } from '../src/store/index.js';
import { serveForTests } from './helpers.js';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const WAIT = 30_000;

let store: Store;
let server: HttpServer;
let base: string;
let browser: Browser;

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://' });
  ({ server, url: base } = await serveForTests(store, { apiOptions: { graphiql: true }, webDir: null }));
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 30_000,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

describe('GraphiQL', () => {
  it('renders from the API alone and runs a query, with every request elsewhere than 127.0.0.1 blocked', async () => {
    const context = await browser.newContext();
    const blocked: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      blocked.push(url.href);
      return route.abort('internetdisconnected');
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(WAIT);
      page.on('pageerror', (error) => errors.push(error.message));
      const query = '{ rules { id severity } }';
      const response = await page.goto(`${base}/graphql?query=${encodeURIComponent(query)}`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toMatch(/^text\/html/);
      await page.locator('.graphiql-container').first().waitFor();
      const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/graphql') && r.request().postData()?.includes('rules') === true);
      await page.locator('.graphiql-execute-button').first().click();
      expect(((await (await answered).json()) as { data: { rules: unknown[] } }).data.rules.length).toBeGreaterThan(10);
      // The result editor shows the answer (it renders only the lines in view: the first rule, sorted by id).
      const result = page.locator('.graphiql-response').first();
      await result.getByText('between-sessions').waitFor();
      expect(await result.innerText()).toMatch(/"severity":\s"INFO"/);
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
      // The block is real: the page cannot reach a CDN.
      expect(await page.evaluate(() => fetch('https://unpkg.com/graphiql').then(() => 'reached', () => 'blocked'))).toBe('blocked');
      expect(blocked).toEqual(['https://unpkg.com/graphiql']);
    } finally {
      await context.close();
    }
  });

  it('is not served when switched off (production)', async () => {
    const { server: off, port } = await serveForTests(store, { apiOptions: { production: true }, webDir: null });
    try {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
      expect(await response.text()).not.toContain('YogaGraphiQL');
    } finally {
      await off.close();
    }
  });
});
