import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.js';

/** The catalog of the policy format spec (ids and recommended severities are a contract). */
const CATALOG: [string, string][] = [
  ['schema', 'error'],
  ['turnaround-required', 'error'],
  ['crisis-route-required', 'error'],
  ['friending-confidentiality', 'error'],
  ['crisis-route-async-only', 'error'],
  ['route-unknown-method', 'error'],
  ['testimonial-solicitation', 'error'],
  ['duplicate-id', 'error'],
  ['social-media-section', 'warning'],
  ['crisis-number-jurisdiction', 'warning'],
  ['crisis-number-outdated', 'warning'],
  ['contact-method-details', 'warning'],
  ['contact-by-need', 'warning'],
  ['turnaround-exceptions', 'warning'],
  ['faster-reply-disclaimer', 'warning'],
  ['secure-app-setup', 'warning'],
  ['texting-stance', 'warning'],
  ['unencrypted-channel-risk', 'warning'],
  ['video-platform-secure', 'warning'],
  ['searching-clients', 'warning'],
  ['following-clients', 'warning'],
  ['review-sites', 'warning'],
  ['public-interaction', 'warning'],
  ['social-media-channel', 'warning'],
  ['sharing-at-intake', 'warning'],
  ['data-protection-registration', 'warning'],
  ['policy-review-stale', 'warning'],
  ['published-url', 'info'],
  ['concern-channel', 'info'],
  ['online-encounters', 'info'],
  ['between-sessions', 'info'],
  ['video-fallback', 'info'],
  ['professional-page-stance', 'info'],
  ['video-recording-stance', 'info'],
  ['telehealth-licensure', 'info'],
  ['message-records', 'info'],
  ['crisis-route-actionable', 'error'],
  ['placeholder-text', 'error'],
  ['disable-without-reason', 'error'],
  ['unused-disable', 'warning'],
];
const catalogIds = CATALOG.map(([id, severity]) => ({ id, severity }));

describe('the rule catalog', () => {
  it('implements exactly the rules of the spec, with its severities', () => {
    expect(catalogIds.length).toBeGreaterThan(30);
    expect([...rules.keys()]).toEqual(catalogIds.map((r) => r.id).sort());
    for (const { id, severity } of catalogIds) expect(rules.get(id)!.meta.severity, id).toBe(severity);
  });

  it('lists rules sorted by id', () => {
    const ids = [...rules.keys()];
    expect(ids).toEqual([...ids].sort());
  });

  for (const [id, rule] of rules) {
    describe(id, () => {
      const doc = new URL(`../docs/rules/${id}.md`, import.meta.url);
      it('has metadata that says what it does', () => {
        expect(rule.meta.id).toBe(id);
        expect(rule.meta.description).toMatch(/^(Require|Disallow|Enforce) .+\.$/);
        expect(rule.meta.source.length).toBeGreaterThan(0);
        expect(rule.meta.docsUrl).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
        expect(rule.meta.scope === 'engine' || [rule.check, rule.checkFile, rule.checkProject].some((f) => typeof f === 'function')).toBe(true);
      });
      it('has a docs page whose summary matches its description', () => {
        expect(existsSync(doc)).toBe(true);
        const text = readFileSync(doc, 'utf8');
        const [title, , summary] = text.split('\n');
        expect(title).toBe(`# ${id}`);
        expect(summary).toBe(rule.meta.description);
        for (const heading of ['## Rule Details', 'Examples of **incorrect** policy', 'Examples of **correct** policy', '## Options', '## When Not To Use It']) {
          expect(text, heading).toContain(heading);
        }
        expect(text).toContain(`- Severity (recommended preset): ${rule.meta.severity}`);
      });
      it('has a test file with valid and invalid cases', () => {
        const test = new URL(`../src/rules/${id}.test.ts`, import.meta.url);
        expect(existsSync(test)).toBe(true);
        const text = readFileSync(test, 'utf8');
        expect(text).toContain('ruleTester(rule');
        expect(text).toMatch(/valid: \[/);
        expect(text).toMatch(/invalid: \[/);
      });
    });
  }

  it('has no docs page without a rule', () => {
    const pages = readdirSync(new URL('../docs/rules/', import.meta.url)).map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual([...rules.keys()]);
  });
});
