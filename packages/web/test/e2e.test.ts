// End to end: the real API (with the example policies) serves the built client; real headless Chromium reads it.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../scripts/chromium.js';
import { DIST_DIR, EXAMPLES_DIR, graphqlRequest, startApi, type ApiServer } from './api-server.js';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WAIT = 15_000;

let api: ApiServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  api = await startApi({ tokensFor: ['cedar-hollow'] });
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.allSettled(contexts.map((c) => c.close()));
  await browser?.close();
  await api?.stop();
});

interface OpenPage {
  page: Page;
  /** Content-Security-Policy violations and page errors seen so far. */
  problems: string[];
}

async function open(path: string, options: BrowserContextOptions = {}): Promise<OpenPage> {
  const context = await browser.newContext({ baseURL: api.url, ...options });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  page.setDefaultNavigationTimeout(WAIT);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(path);
  await settled(page);
  return { page, problems };
}

/** Waits until the router has rendered the page for the current URL. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('main[aria-busy="false"]', { timeout: WAIT });
}

async function h1(page: Page): Promise<string> {
  const headings = await page.locator('h1').allTextContents();
  expect(headings, 'exactly one h1').toHaveLength(1);
  return headings[0]!.trim();
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
  return violations;
}

const MAYA = '/clinics/cedar-hollow/policies/maya-okafor';

/** Every example policy: path on the site, and its YAML (with the clinic.yaml it extends) for what the page must show. */
const EXAMPLE_POLICIES = readdirSync(join(EXAMPLES_DIR, 'clinics')).flatMap((clinic) =>
  readdirSync(join(EXAMPLES_DIR, 'clinics', clinic, 'policies')).map((file) => {
    const id = file.replace(/\.yaml$/, '');
    const source = readFileSync(join(EXAMPLES_DIR, 'clinics', clinic, 'policies', file), 'utf8') + readFileSync(join(EXAMPLES_DIR, 'clinics', clinic, 'clinic.yaml'), 'utf8');
    return { path: `/clinics/${clinic}/policies/${id}`, signed: /^\s*acknowledgement:\s*signed\s*$/m.test(source) };
  }),
);

/** Pages in a PDF (each page object is "/Type /Page"; the tree's root is "/Type /Pages"). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/** Publishes files for a clinic through the API, as a CI job would. */
async function publish(clinic: string, commit: string, files: { path: string; source: string }[]) {
  const result = await graphqlRequest<{ publishPolicies: { status: string; rejected: { filePath: string; messages: { ruleId: string; message: string }[] }[] } }>(
    api.url,
    `mutation Publish($input: PublishPoliciesInput!) {
      publishPolicies(input: $input) { status rejected { filePath messages { ruleId message } } }
    }`,
    { input: { clinic, commit, files } },
    api.tokens[clinic],
  );
  expect(result.publishPolicies.rejected, 'publish refused').toEqual([]);
  return result.publishPolicies;
}

describe('reading policies', () => {
  it('goes from the directory to a clinic to a policy by following links, without reloading the page', async () => {
    const { page, problems } = await open('/');
    expect(await h1(page)).toBe('Clinics');
    expect(await page.title()).toBe('Clinics — Clearframe');
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

    await page.getByRole('link', { name: 'Cedar Hollow Counseling', exact: true }).click();
    await page.waitForURL('**/clinics/cedar-hollow');
    await settled(page);
    expect(await h1(page)).toBe('Cedar Hollow Counseling');
    const mayaLink = page.getByRole('link', { name: 'Dr. Maya Okafor', exact: true });
    const card = page.locator('.card', { has: mayaLink });
    expect(await card.textContent()).toContain('Last reviewedSeptember 14, 2026');
    expect(await card.locator('.badge').count(), 'no check results on a page clients read').toBe(0);

    await mayaLink.click();
    await page.waitForURL(`**${MAYA}`);
    await settled(page);
    expect(await h1(page)).toBe('Dr. Maya Okafor');
    expect(await page.title()).toBe('Dr. Maya Okafor: Communications & Social Media Policy — Cedar Hollow Counseling — Clearframe');
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page.goBack();
    await page.waitForURL('**/clinics/cedar-hollow');
    await settled(page);
    expect(await h1(page)).toBe('Cedar Hollow Counseling');
    expect(problems).toEqual([]);
  });

  it('serves the policy page at its stable URL, under the API’s Content-Security-Policy, with no violations', async () => {
    const response = await fetch(api.url + MAYA);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const { page, problems } = await open(MAYA);
    expect(await h1(page)).toBe('Dr. Maya Okafor');
    expect(problems).toEqual([]);
  });

  it('puts the crisis box first, with its instructions verbatim and its numbers as tel: links', async () => {
    const { page } = await open(MAYA);
    const firstSection = page.locator('main section').first();
    expect(await firstSection.getAttribute('id')).toBe('crisis');
    const clinicYaml = readFileSync(join(EXAMPLES_DIR, 'clinics/cedar-hollow/clinic.yaml'), 'utf8');
    expect(clinicYaml).toContain('Our clinicians do not provide emergency or after-hours crisis care.');
    expect(await firstSection.locator('.crisis-instructions').textContent()).toMatch(/^Our clinicians do not provide emergency or after-hours crisis care\. .*Please do not wait for a reply to a portal message or voicemail\.$/);
    expect(await firstSection.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    expect(await firstSection.getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
    expect(await firstSection.getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');

    const uk = await open('/clinics/harbour-lane/policies/tom-ashworth');
    const crisis = uk.page.locator('#crisis');
    expect(await crisis.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    expect(await crisis.getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).toBe('tel:116123');
    expect(await crisis.getByRole('link', { name: 'Text 85258' }).getAttribute('href')).toBe('sms:85258');
  });

  it('tells a client how to reach the therapist, which way for what, how fast, and the social-media stance', async () => {
    const { page } = await open(MAYA);
    const contact = page.locator('#contact');
    expect(await contact.getByRole('link', { name: '+1 503 555 0100' }).getAttribute('href')).toBe('tel:+15035550100');
    expect(await contact.getByRole('link', { name: '+1 503 555 0147' }).getAttribute('href')).toBe('sms:+15035550147');
    expect(await contact.getByRole('link', { name: 'cedarhollow.example/portal' }).getAttribute('href')).toBe('https://cedarhollow.example/portal');
    expect(await contact.textContent()).toContain('Not used');
    expect(await contact.locator('.not-used').textContent()).toContain('No e-mail. I do not use e-mail with clients.');

    const routes = await page.locator('#routes').textContent();
    expect(routes).toContain('Appointments, billing and other practical matters');
    expect(routes).toContain('Text me about appointment times');

    expect(await page.locator('#turnaround .turnaround').textContent()).toBe(
      'Messages get a reply within 24 hours, not counting weekends, public holidays, or time off.',
    );
    expect(await page.locator('#turnaround').textContent()).toContain('A faster reply is not guaranteed.');
    const social = await page.locator('#social-media').textContent();
    expect(social).toContain('Dr. Maya Okafor does not use social media.');
    expect(social).toContain('Dr. Maya Okafor does not accept friend or connection requests from clients.');
    expect(social).toContain('Dr. Maya Okafor will not respond publicly to reviews.');
    expect(await page.locator('#privacy').textContent()).toContain('covered by a business associate agreement (BAA)');
    expect(await page.locator('#concerns li').count()).toBe(3);
    const about = await page.locator('#about').textContent();
    expect(about).toContain('Last reviewedSeptember 14, 2026');
    expect(about).toMatch(/Version\d+, published/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('takes <html lang> from the policy and speaks the policy’s language (Spanish example)', async () => {
    const { page } = await open('/clinics/cedar-hollow/policies/daniel-reyes');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('#crisis-heading').textContent()).toBe('En una crisis o emergencia');
    expect(await page.locator('#crisis').getByRole('link', { name: 'Llamar al 988' }).getAttribute('href')).toBe('tel:988');
    expect(await page.locator('#turnaround .turnaround').textContent()).toBe(
      'Los mensajes reciben respuesta en un plazo de 1–2 días hábiles, sin contar días festivos y vacaciones.',
    );
    expect(await page.locator('#about time').first().textContent()).toBe('3 de agosto de 2026');
    expect(await page.locator('header.site-header').getAttribute('lang')).toBe('en');
  });

  it('prints as a handout: navigation, footer and buttons hidden, crisis box kept', async () => {
    const { page } = await open(MAYA);
    expect(await page.locator('nav[aria-label="Breadcrumb"]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav[aria-label="Breadcrumb"]').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await page.locator('#crisis').isVisible()).toBe(true);
    expect(await page.locator('#about').isVisible()).toBe(true);
  });

  it('shows a not-found page for an unknown policy, clinic or address', async () => {
    const policy = await open('/clinics/cedar-hollow/policies/no-such-therapist');
    expect(await h1(policy.page)).toBe('Policy not found');
    expect(await policy.page.title()).toBe('Policy not found — Clearframe');
    expect(await policy.page.locator('main').textContent()).toContain('No policy “no-such-therapist” has been published for the clinic “cedar-hollow”.');

    const clinic = await open('/clinics/no-such-clinic');
    expect(await h1(clinic.page)).toBe('Clinic not found');
    expect(await clinic.page.title()).toBe('Clinic not found — Clearframe');

    const history = await open('/clinics/no-such-clinic/policies/nobody/versions');
    expect(await h1(history.page)).toBe('Policy not found');

    const other = await open('/no/such/page');
    expect(await h1(other.page)).toBe('Page not found');
    expect(await other.page.title()).toBe('Page not found — Clearframe');
  });

  it('can be walked through with the keyboard alone: directory → clinic → policy → the first number to call', async () => {
    const { page } = await open('/');
    /** Presses Tab until the focused element's text is `text` (bounded), checking that focus is visible on the way. */
    const tabTo = async (text: string) => {
      for (let i = 0; i < 60; i += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          // A form control is named by its label.
          const name = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : el.textContent;
          return { text: name?.trim() ?? '', outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        });
        if (focused.text === text) {
          expect(focused.outline, `focus on “${text}” is visible`).toBe('solid');
          expect(focused.width).toBeGreaterThanOrEqual(2);
          return;
        }
      }
      expect.fail(`Tab never reached “${text}”`);
    };
    await tabTo('Cedar Hollow Counseling');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/clinics/cedar-hollow');
    await settled(page);
    await tabTo('Dr. Maya Okafor');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${MAYA}`);
    await settled(page);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // From the heading, the very next stop is the first number to call.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href)).toBe('tel:988');
    await tabTo('Print the full wording, not only the summary');
    await page.keyboard.press('Space');
    expect(await page.locator('#print-full').isChecked()).toBe(true);
    await tabTo('Version history and what changed');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${MAYA}/versions`);
    await settled(page);
    expect(await h1(page)).toBe('Version history');
  });

  it('is usable from the keyboard: skip link first, visible focus', async () => {
    const { page } = await open(MAYA);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    const skipBox = await page.locator('.skip-link').boundingBox();
    expect(skipBox!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { tag: document.activeElement!.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.tag).toBe('A');
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  it('fits a 320 px wide screen without sideways scrolling, and honours reduced motion', async () => {
    for (const path of ['/', '/clinics/cedar-hollow', '/clinics/cedar-hollow/status', MAYA, '/clinics/harbour-lane/policies/tom-ashworth', `${MAYA}/versions`, '/clinics/x/policies/y']) {
      const { page } = await open(path, { viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll, `${path} at 320 px`).toBeLessThanOrEqual(widths.client);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    }
    const { page } = await open(MAYA, { reducedMotion: 'no-preference' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  });
});

describe('policy text is data, never markup', () => {
  // Each tag breaks its line inside the brackets, as HTML allows: a one-line <…> is template text that placeholder-text refuses to publish.
  const hostile = 'For scheduling only. <script\n>window.pwned = "script"</script\n><img\nsrc="x" onerror="window.pwned = \'img\'"> & <b\n>bold?</b\n>';

  it('publishes a policy whose note holds HTML through the API and shows it as text, on the policy and its history', async () => {
    const clinicYaml = await readFile(join(EXAMPLES_DIR, 'clinics/cedar-hollow/clinic.yaml'), 'utf8');
    const original = await readFile(join(EXAMPLES_DIR, 'clinics/cedar-hollow/policies/maya-okafor.yaml'), 'utf8');
    const notePattern = /( {8}note: >-\n {10}For scheduling only:[^\n]*\n(?: {10}[^\n]*\n)*)/;
    expect(original).toMatch(notePattern);
    const changed = original.replace(notePattern, `        note: ${JSON.stringify(hostile)}\n`);
    const result = await graphqlRequest<{ publishPolicies: { status: string; rejected: { filePath: string }[]; changes: { change: string; version: { number: number } }[] } }>(
      api.url,
      `mutation Publish($input: PublishPoliciesInput!) {
        publishPolicies(input: $input) { status rejected { filePath } changes { change version { number } } }
      }`,
      {
        input: {
          clinic: 'cedar-hollow',
          commit: 'e2e-hostile-note',
          files: [
            { path: 'clinics/cedar-hollow/clinic.yaml', source: clinicYaml },
            { path: 'clinics/cedar-hollow/policies/maya-okafor.yaml', source: changed },
          ],
        },
      },
      api.tokens['cedar-hollow'],
    );
    expect(result.publishPolicies.status).toBe('PUBLISHED');
    expect(result.publishPolicies.changes).toEqual([{ change: 'UPDATED', version: { number: 2 } }]);

    const { page, problems } = await open(MAYA);
    const method = page.locator('#method-text');
    expect(await method.locator('p').filter({ hasText: 'For scheduling only.' }).textContent()).toBe(hostile);
    expect(await method.locator('script, img, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
    expect(await page.locator('#about').textContent()).toMatch(/Version2, published/);

    await page.getByRole('link', { name: 'Version history and what changed' }).click();
    await page.waitForURL(`**${MAYA}/versions`);
    await settled(page);
    expect(await h1(page)).toBe('Version history');
    const newest = page.locator('.version').first();
    expect(await newest.locator('h2').textContent()).toBe('Version 2');
    expect(await newest.textContent()).toContain('e2e-hostile');
    const change = newest.locator('.change').filter({ hasText: 'Text message' });
    expect(await change.locator('.change-field').textContent()).toBe('Text message › Note changed:');
    expect(await change.locator('ins').textContent()).toBe(hostile);
    expect(await change.locator('del').textContent()).toContain('For scheduling only: to confirm, move or cancel an appointment');
    expect(await page.locator('main script, main img, main b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned)).toBeUndefined();
    expect(await page.locator('.version').last().textContent()).toContain('First published version.');
    expect(problems).toEqual([]);
  });
});

/** Forbidden on the pages clients read: the vocabulary of the checks (our own wording; policy text is the clinician's). */
const LINT_WORDS = /\b(lint|linter|linted|lint check|findings?:|findings|rules?|rule ids?|warnings?|errors?|suggestions?|clean|suppressed|suppressions?|severity|schema|config|configuration|info)\b/i;

describe('two views: clients read plain words, clinicians see the checks', () => {
  it('the directory, the clinic page and every example policy speak no lint vocabulary', async () => {
    for (const path of ['/', '/clinics/cedar-hollow', '/clinics/harbour-lane', ...EXAMPLE_POLICIES.map((p) => p.path)]) {
      const { page } = await open(path);
      const text = await page.locator('body').innerText();
      expect(text.match(LINT_WORDS)?.[0], `${path} says a lint word`).toBeUndefined();
    }
  });

  it('the clinic page links clinicians to the review status page, which shows findings with links to the rule docs and reviews due', async () => {
    const { page } = await open('/clinics/cedar-hollow');
    await page.getByRole('link', { name: "review status of Cedar Hollow Counseling's policies" }).click();
    await page.waitForURL('**/clinics/cedar-hollow/status');
    await settled(page);
    expect(await h1(page)).toBe('Review status: Cedar Hollow Counseling');
    const cards = page.locator('main .card');
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    for (const card of await cards.all()) {
      expect(await card.locator('.badge').textContent()).toMatch(/^(Nothing to fix|\d+ (warning|suggestion)s?.*|\d+ exceptions?.*)$/);
      expect(await card.textContent()).toMatch(/next review due by|review overdue since/);
      expect(await card.textContent()).toMatch(/Version \d+, /);
    }
    // Every finding listed links to its rule's docs (the example policies have none: see the v1.1 test for one that does).
    expect(await page.locator('main .findings li').count()).toBe(await page.locator('main .findings a.rule-link').count());
  });

  it('names jurisdictions and licences in words, in the policy’s language', async () => {
    expect(await (await open(MAYA)).page.locator('.policy-header .eyebrow').textContent()).toBe('Cedar Hollow Counseling · Oregon, United States');
    expect(await (await open(MAYA)).page.locator('.policy-header').textContent()).toContain('License PSY 0142 (Oregon, United States)');
    expect(await (await open('/clinics/harbour-lane/policies/tom-ashworth')).page.locator('.policy-header .eyebrow').textContent()).toContain('England, United Kingdom');
    expect(await (await open('/clinics/cedar-hollow/policies/daniel-reyes')).page.locator('.policy-header .eyebrow').textContent()).toContain('Oregón, Estados Unidos');
    expect(await (await open('/clinics/cedar-hollow')).page.locator('.lead').textContent()).toContain('Oregon, United States');
  });
});

describe('on a phone, help comes first', () => {
  for (const viewport of [{ width: 320, height: 568 }, { width: 390, height: 844 }]) {
    it(`puts the first tap-to-call button fully inside the first ${viewport.width}×${viewport.height} screen, for every example policy`, async () => {
      for (const { path } of EXAMPLE_POLICIES) {
        const { page } = await open(path, { viewport, isMobile: true, hasTouch: true });
        const call = page.locator('a[href^="tel:"]').first();
        expect(await call.evaluate((a) => a.closest('section')?.id), `${path}: the first number to call is in the crisis box`).toBe('crisis');
        const box = (await call.boundingBox())!;
        expect(box.y, path).toBeGreaterThanOrEqual(0);
        expect(box.x, path).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${path}: bottom of the first call button`).toBeLessThanOrEqual(viewport.height);
        expect(box.x + box.width, path).toBeLessThanOrEqual(viewport.width);
        expect(box.height, `${path}: a tap target`).toBeGreaterThanOrEqual(44);
      }
    });
  }
});

describe('the printed handout', () => {
  it('fits on at most two pages, Letter and A4, for every example policy; the full wording is opt-in', async () => {
    for (const { path } of EXAMPLE_POLICIES) {
      const { page } = await open(path);
      for (const format of ['Letter', 'A4']) {
        expect(pdfPages(await page.pdf({ format })), `${path} on ${format}`).toBeLessThanOrEqual(2);
      }
      const handout = pdfPages(await page.pdf({ format: 'Letter' }));
      await page.locator('#print-full').check();
      expect(pdfPages(await page.pdf({ format: 'Letter' })), `${path}: the full wording prints more`).toBeGreaterThan(handout);
    }
  });

  it('keeps the essentials and leaves the longer wording for the opt-in', async () => {
    const { page } = await open(MAYA);
    await page.emulateMedia({ media: 'print' });
    for (const id of ['crisis', 'contact', 'turnaround', 'social-media', 'privacy', 'concerns']) expect(await page.locator(`#${id}`).isVisible(), id).toBe(true);
    expect(await page.locator('#crisis .crisis-instructions').isVisible()).toBe(true);
    expect(await page.locator('#turnaround .turnaround').isVisible()).toBe(true);
    const setup = page.locator('#method-portal dd.detail').first();
    expect(await setup.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('Print the full wording').check();
    await page.emulateMedia({ media: 'print' });
    expect(await setup.isVisible()).toBe(true);
  });

  it('has a signature and date block exactly when the policy says clients sign it', async () => {
    expect(EXAMPLE_POLICIES.some((p) => p.signed) && EXAMPLE_POLICIES.some((p) => !p.signed)).toBe(true);
    for (const { path, signed } of EXAMPLE_POLICIES) {
      const { page } = await open(path);
      const block = page.locator('.signature');
      expect(await block.isVisible(), `${path}: not on screen`).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await block.isVisible(), `${path}: printed when acknowledgement is signed`).toBe(signed);
      if (signed) expect(await block.textContent()).toMatch(/Signature.*Date|Firma.*Fecha/);
    }
  });
});

describe('version history', () => {
  it('gives each version its time and commit, and says what changed in words', async () => {
    const clinicYaml = await readFile(join(EXAMPLES_DIR, 'clinics/cedar-hollow/clinic.yaml'), 'utf8');
    const maya = await readFile(join(EXAMPLES_DIR, 'clinics/cedar-hollow/policies/maya-okafor.yaml'), 'utf8');
    expect(maya).toContain('    within: 24h\n');
    await publish('cedar-hollow', '0123456789abcdef0123', [
      { path: 'clinics/cedar-hollow/clinic.yaml', source: clinicYaml },
      { path: 'clinics/cedar-hollow/policies/maya-okafor.yaml', source: maya.replace('    within: 24h\n', '    within: 48h\n') },
    ]);
    const { page } = await open(`${MAYA}/versions`);
    const newest = page.locator('.version').first();
    expect(await newest.locator('.change-sentence').allTextContents()).toContain('Reply time changed from 24 hours to 48 hours.');
    for (const version of await page.locator('.version').all()) {
      const time = version.locator('.meta time').first();
      expect(await time.textContent()).toMatch(/\d{4}.*\d{1,2}:\d{2}/);
      expect(new Date((await time.getAttribute('datetime'))!).getTime()).not.toBeNaN();
    }
    expect(await newest.locator('code.commit').textContent()).toBe('0123456789ab');
    expect(await newest.locator('.for-clinicians').textContent()).toMatch(/^For clinicians: /);
  });
});

describe('a policy that gives no number to call', () => {
  const policy = (id: string, jurisdiction: string) => `apiVersion: clearframe/v1
kind: CommunicationPolicy
metadata:
  id: ${id}
  clinic: cedar-hollow
  clinician: { name: Sam Lee }
  jurisdiction: ${jurisdiction}
  reviewed: "2026-09-01"
spec:
  contact:
    methods:
      - { id: portal, kind: portal, address: "https://cedarhollow.example/portal", secure: true, setup: Sign in from the e-mail we send you. }
      - { id: text, kind: sms, offered: false }
    routes:
      administrative: { via: [portal] }
      clinical: { via: [portal] }
      crisis:
        instructions: I cannot answer in an emergency. The crisis chat below is open day and night.
        contacts:
          - { name: Crisis chat, url: "https://988lifeline.org/chat", kind: crisis-line }
  turnaround: { within: 24h, excludes: [weekends], fasterRepliesNotGuaranteed: true }
  socialMedia: { uses: false }
`;

  it('opens with the jurisdiction’s emergency number, or a general line where the number is not known', async () => {
    await publish('cedar-hollow', 'e2e-no-number', [
      { path: 'clinics/cedar-hollow/policies/e2e-no-number.yaml', source: policy('e2e-no-number', 'US-OR') },
      { path: 'clinics/cedar-hollow/policies/e2e-elsewhere.yaml', source: policy('e2e-elsewhere', 'JP') },
    ]);
    const viewport = { width: 320, height: 568 };
    const { page } = await open('/clinics/cedar-hollow/policies/e2e-no-number', { viewport });
    // Right after the clinician's name (the h1, where focus lands), the first words are where to call.
    expect(await page.locator('main > *').first().evaluate((e) => e.tagName)).toBe('H1');
    const first = page.locator('main section').first();
    expect(await first.getAttribute('id')).toBe('crisis');
    expect(await page.locator('main p').first().textContent()).toBe('If you are in danger now, call 911.');
    expect(await first.locator('.danger-now').textContent()).toBe('If you are in danger now, call 911.');
    const call = first.getByRole('link', { name: 'Call 911' });
    expect(await call.getAttribute('href')).toBe('tel:911');
    const box = (await call.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(await first.locator('.crisis-instructions').textContent()).toBe('I cannot answer in an emergency. The crisis chat below is open day and night.');

    const elsewhere = await open('/clinics/cedar-hollow/policies/e2e-elsewhere');
    expect(await elsewhere.page.locator('#crisis .danger-now').textContent()).toBe('If you are in danger now, call your local emergency number.');

    const withNumbers = await open(MAYA);
    expect(await withNumbers.page.locator('.danger-now').count()).toBe(0);
  });
});

describe('format v1.1 in plain words', () => {
  it('shows the example policies’ conditions, per-channel reply times, recording, records, licensure and page stances', async () => {
    const { page } = await open(MAYA);
    expect(await page.locator('#method-text .condition').textContent()).toBe('Condition: Only after your first appointment, once you have signed the texting consent form.');
    expect(await page.locator('#method-front-desk').textContent()).toContain('Reply time1 business day');
    expect(await page.locator('#turnaround').textContent()).toContain('Phone: 1 business day');
    const privacy = await page.locator('#privacy').textContent();
    expect(privacy).toContain('Sessions are never recorded.');
    expect(privacy).toContain('Your clinical record');
    expect(await page.locator('#telehealth').textContent()).toContain('Dr. Maya Okafor is licensed to practise in Oregon, United States.');
    const priya = await open('/clinics/cedar-hollow/policies/priya-natarajan');
    const pages = await priya.page.locator('#social-media').textContent();
    expect(pages).toContain('If you are a client, please don’t follow this page.');
    expect(pages).toContain('Comments are moderated.');
    const daniel = await open('/clinics/cedar-hollow/policies/daniel-reyes');
    expect(await daniel.page.locator('#privacy').textContent()).toContain('Las sesiones nunca se graban.');
    expect(await daniel.page.locator('#telehealth').textContent()).toContain('Daniel Reyes tiene licencia para ejercer en Oregón, Estados Unidos.');
  });

  it('renders an urgent route, an address given at intake, in-person contact, a reply window and testimonials; an exception shows to clinicians only', async () => {
    const source = `# clearframe-disable-file online-encounters -- Chance meetings online are covered in the first session
apiVersion: clearframe/v1
kind: CommunicationPolicy
metadata:
  id: e2e-v11
  clinic: cedar-hollow
  clinician: { name: Ada Brooks }
  jurisdiction: US-OR
  reviewed: "2026-09-01"
spec:
  contact:
    methods:
      - { id: office, kind: in-person, hours: Tuesdays 9-12 }
      - { id: mobile, kind: phone, addressProvided: at-intake, turnaround: { within: 8-12 hours } }
      - { id: mail, kind: email, address: ada@cedarhollow.example, secure: false, riskNote: E-mail is not encrypted. }
      - { id: text, kind: sms, offered: false }
    routes:
      administrative: { via: [mail] }
      clinical: { via: [office] }
      urgent: { via: [mobile], note: Urgent but not an emergency — I call back the same day. }
      crisis:
        instructions: In an emergency call 911.
        contacts:
          - { name: Emergency services, number: "911", kind: emergency }
  turnaround: { schedule: E-mails received by Tuesday noon are answered by Thursday 5 pm. }
  socialMedia:
    uses: false
    reviewSites: { solicitTestimonials: false, publishTestimonials: false, respondPublicly: false }
`;
    await publish('cedar-hollow', 'e2e-v11', [{ path: 'clinics/cedar-hollow/policies/e2e-v11.yaml', source }]);
    const { page } = await open('/clinics/cedar-hollow/policies/e2e-v11');
    expect(await page.locator('#method-office h3').textContent()).toBe('In person');
    expect(await page.locator('#method-mobile .method-address').textContent()).toBe('Details: given at your first appointment');
    expect(await page.locator('#method-mobile').textContent()).toContain('Reply time8–12 hours');
    expect(await page.locator('#routes').textContent()).toContain('Urgent, but not an emergency');
    expect(await page.locator('#turnaround').textContent()).toContain('E-mails received by Tuesday noon are answered by Thursday 5 pm.');
    expect(await page.locator('#social-media').textContent()).toContain('Ada Brooks does not publish testimonials.');
    expect((await page.locator('body').innerText()).match(LINT_WORDS)?.[0]).toBeUndefined();
    expect(await page.locator('body').innerText()).not.toContain('exception');

    const status = await open('/clinics/cedar-hollow/status');
    const card = status.page.locator('.card', { has: status.page.getByRole('link', { name: 'Ada Brooks', exact: true }) });
    expect(await card.locator('.badge').textContent()).toMatch(/^1 exception/);
    expect(await card.locator('.exceptions').textContent()).toMatch(/^1 exception: online-encounters — Chance meetings online are covered in the first session \(clinics\/cedar-hollow\/policies\/e2e-v11\.yaml, line \d+\)$/);
    expect(await card.textContent()).toContain('the recommended settings');
    const finding = card.locator('.findings li').filter({ hasText: 'searching-clients' });
    expect(await finding.textContent()).toMatch(/^Should fix: /);
    expect(await finding.locator('a.rule-link').getAttribute('href')).toMatch(/^https?:\/\/.+searching-clients/);

    for (const path of ['/clinics/cedar-hollow/policies/e2e-v11', '/clinics/cedar-hollow/status']) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const checked = await open(path, { colorScheme, bypassCSP: true });
        expect(await axeViolations(checked.page), `${path} (${colorScheme})`).toEqual([]);
      }
    }

    const history = await open('/clinics/cedar-hollow/policies/e2e-v11/versions');
    const clinicians = await history.page.locator('.version .for-clinicians').first().textContent();
    expect(clinicians).toContain('For clinicians: the checks passed with exceptions written into the policy.');
    expect(clinicians).toContain('1 exception: online-encounters — Chance meetings online are covered in the first session');
  });
});

describe('a retired policy', () => {
  it('keeps its URL, says since when it is no longer in effect, points to the clinic, and leaves the clinic’s list', async () => {
    const retired = await graphqlRequest<{ retirePolicy: { retiredAt: string | null } }>(
      api.url,
      'mutation Retire($input: RetirePolicyInput!) { retirePolicy(input: $input) { retiredAt } }',
      { input: { clinic: 'cedar-hollow', id: 'e2e-v11' } },
      api.tokens['cedar-hollow'],
    );
    expect(retired.retirePolicy.retiredAt).not.toBeNull();
    const { page } = await open('/clinics/cedar-hollow/policies/e2e-v11');
    const notice = page.locator('.retired');
    expect(await notice.textContent()).toMatch(/^This policy is no longer in effect\. It was retired on .+\d{4}\. Current policies at Cedar Hollow Counseling$/);
    expect(await notice.getByRole('link').getAttribute('href')).toBe('/clinics/cedar-hollow');
    const clinic = await open('/clinics/cedar-hollow');
    expect(await clinic.page.getByRole('link', { name: 'Ada Brooks', exact: true }).count()).toBe(0);
    const status = await open('/clinics/cedar-hollow/status');
    expect(await status.page.locator('.card').filter({ hasText: 'Ada Brooks' }).count()).toBe(0);
    expect(await status.page.locator('.retired-list li').filter({ hasText: 'Ada Brooks' }).textContent()).toMatch(/^Ada Brooks, retired on .+\d{4}/);
  });
});

describe('accessibility (axe-core)', () => {
  const pages = {
    directory: '/',
    clinic: '/clinics/cedar-hollow',
    'review status': '/clinics/cedar-hollow/status',
    'policy (en)': MAYA,
    'policy (en-GB)': '/clinics/harbour-lane/policies/tom-ashworth',
    'policy (es)': '/clinics/cedar-hollow/policies/daniel-reyes',
    history: `${MAYA}/versions`,
    'not found': '/clinics/cedar-hollow/policies/no-such-therapist',
  };
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries(pages)) {
      it(`${name} has no violations in the ${colorScheme} scheme`, async () => {
        // axe is injected as an inline script, which the page's CSP (rightly) refuses: bypass it for this check only.
        const { page } = await open(path, { colorScheme, bypassCSP: true });
        await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

describe('the built client', () => {
  it('ships at most 30 KB of gzipped JavaScript, and no inline script or style', () => {
    const assets = join(DIST_DIR, 'assets');
    const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((total, file) => total + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0);
    expect(gzipped).toBeLessThanOrEqual(30 * 1024);
    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
  });
});

// Last: it stops the API for good.
describe('when the API is unreachable', () => {
  it('shows an error state with a way to try again, and stays accessible', async () => {
    const { page } = await open('/clinics/cedar-hollow', { bypassCSP: true });
    await api.stop();
    await page.getByRole('link', { name: 'Dr. Maya Okafor', exact: true }).click();
    await settled(page);
    expect(await h1(page)).toBe('This page could not be loaded');
    expect(await page.title()).toBe('Could not load this page — Clearframe');
    expect(await page.locator('main').textContent()).toContain('Need help now?');
    expect(await page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});
