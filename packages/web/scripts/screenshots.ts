// Screenshots of every page from a running server: a phone's first screen (what a reader sees before scrolling), the
// whole page on a desktop, and the first page of the printed handout (Letter):
//   npm run screenshots -w @clearframe/web -- [--url http://127.0.0.1:4000] [--policy <clinic>/<id>] [--out <dir>]
// The clinic and policy default to the first ones the directory links to.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.CLEARFRAME_URL ?? 'http://127.0.0.1:4000' },
    policy: { type: 'string' },
    out: { type: 'string', default: resolve(import.meta.dirname, '../../../docs/screenshots') },
  },
});
const base = values.url.replace(/\/$/, '');
const out = values.out;

const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
  // US Letter at 96 px per inch: the print stylesheet's 1.5 cm margins are drawn as padding.
  letter: { width: 816, height: 1056 },
} as const;

async function ready(page: Page, path: string): Promise<void> {
  await page.goto(base + path, { waitUntil: 'load', timeout: 15_000 });
  await page.waitForSelector('main[aria-busy="false"]', { timeout: 15_000 });
}

async function firstLink(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).first().getAttribute('href', { timeout: 15_000 });
  if (!href) throw new Error(`no link matches ${selector} at ${page.url()}: is the server at ${base} serving published policies?`);
  return href;
}

async function pagesToShoot(browser: Browser): Promise<Record<string, string>> {
  const page = await browser.newPage();
  try {
    let policyPath: string;
    if (values.policy) {
      const [clinic, id] = values.policy.split('/');
      if (!clinic || !id) throw new Error('--policy takes <clinic>/<id>, e.g. cedar-hollow/maya-okafor');
      policyPath = `/clinics/${clinic}/policies/${id}`;
    } else {
      await ready(page, '/');
      policyPath = await firstLink(page, 'main a[href*="/policies/"]');
    }
    const clinicPath = policyPath.replace(/\/policies\/.*$/, '');
    return {
      directory: '/',
      clinic: clinicPath,
      policy: policyPath,
      history: `${policyPath}/versions`,
      status: `${clinicPath}/status`,
      'not-found': `${clinicPath}/policies/no-such-policy`,
    };
  } finally {
    await page.close();
  }
}

async function shoot(browser: Browser, name: string, path: string, viewport: keyof typeof VIEWPORTS, options: { dark?: boolean } = {}): Promise<string> {
  const print = viewport === 'letter';
  // The print margins are drawn with an injected style, which the page's CSP would refuse.
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport], colorScheme: options.dark ? 'dark' : 'light', reducedMotion: 'reduce', bypassCSP: print });
  try {
    const page = await context.newPage();
    if (print) await page.emulateMedia({ media: 'print' });
    await ready(page, path);
    if (print) await page.addStyleTag({ content: 'body { padding: 1.5cm; background: #fff; }' });
    const file = resolve(out, `${name}-${viewport}${options.dark ? '-dark' : ''}.png`);
    // A phone shows its first screen (what a reader sees before scrolling); a printed page is one sheet.
    await page.screenshot({ path: file, fullPage: viewport === 'desktop', animations: 'disabled' });
    return file;
  } finally {
    await context.close();
  }
}

await mkdir(out, { recursive: true });
const browser = await launchChromium();
try {
  const pages = await pagesToShoot(browser);
  for (const [name, path] of Object.entries(pages)) {
    for (const viewport of ['phone', 'desktop'] as const) console.log(await shoot(browser, name, path, viewport));
  }
  console.log(await shoot(browser, 'policy', pages.policy!, 'phone', { dark: true }));
  console.log(await shoot(browser, 'policy', pages.policy!, 'letter'));
} finally {
  await browser.close();
}
