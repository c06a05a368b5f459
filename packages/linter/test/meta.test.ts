import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkOptions } from '../src/config.js';
import { lintFiles } from '../src/lint.js';
import { defineRule, renderMessage } from '../src/rule.js';
import { rules } from '../src/rules/index.js';
import type { RuleOptionsSchema } from '../src/types.js';

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

/** The message ids the invalid cases of a rule's test file expect. */
function testedMessageIds(id: string): Set<string> {
  const text = readFileSync(new URL(`../src/rules/${id}.test.ts`, import.meta.url), 'utf8');
  const invalid = text.slice(text.indexOf('invalid: ['));
  return new Set([...invalid.matchAll(/messageId: '(\w+)'/g)].map((m) => m[1]!));
}

describe('message ids', () => {
  for (const [id, rule] of rules) {
    it(`${id}: every declared message is expected by an invalid test case, and each template's placeholders are {{name}}`, () => {
      const declared = Object.keys(rule.meta.messages);
      // schema findings carry the parser's and the validator's text; every other rule reports from templates.
      if (id === 'schema') return expect(declared).toEqual([]);
      expect(declared.length).toBeGreaterThan(0);
      const tested = testedMessageIds(id);
      expect(declared.filter((messageId) => !tested.has(messageId)), 'declared but never expected by an invalid case').toEqual([]);
      expect([...tested].filter((messageId) => !declared.includes(messageId)), 'expected but not declared').toEqual([]);
      for (const template of Object.values(rule.meta.messages)) expect(template.replace(/\{\{\w+\}\}/g, '')).not.toMatch(/\{\{|\}\}/);
    });
  }

  it('every finding on the real-world policies and the failing fixture comes from a message its rule declares', async () => {
    const dir = new URL('./', import.meta.url).pathname;
    const paths = [...readdirSync(`${dir}realworld`).filter((f) => f.endsWith('.yaml') && f !== 'expected.yaml').map((f) => `realworld/${f}`), 'fixtures/failing/policy.yaml'];
    const findings = (await lintFiles(paths, { cwd: dir, today: '2026-06-01' })).flatMap((r) => r.messages).filter((m) => m.ruleId !== 'schema');
    expect(findings.length).toBeGreaterThan(20);
    for (const m of findings) expect(Object.keys(rules.get(m.ruleId)!.meta.messages), `${m.ruleId}: ${m.message}`).toContain(m.messageId);
  });

  it('renders a template: each {{name}} from the data, in one pass, and refuses an undeclared id or missing data', () => {
    const meta = { id: 'demo', messages: { stale: 'reviewed {{ days }} days ago ({{days}} > {{max}})' } };
    expect(renderMessage(meta, 'stale', { days: 400, max: 365 })).toBe('reviewed 400 days ago (400 > 365)');
    expect(renderMessage(meta, 'stale', { days: '{{max}}', max: 1 })).toBe('reviewed {{max}} days ago ({{max}} > 1)');
    expect(() => renderMessage(meta, 'fresh')).toThrow('rule "demo" reported message "fresh", which its meta.messages does not declare');
    expect(() => renderMessage(meta, 'stale', { days: 1 })).toThrow('needs {{max}}');
    expect(() => renderMessage(meta, 'toString')).toThrow('does not declare');
  });

  it('types message ids and options through defineRule, as typescript-eslint RuleCreator does (checked by tsc)', () => {
    const options: RuleOptionsSchema<{ maxAgeDays: number }> = {
      type: 'object',
      properties: { maxAgeDays: { type: 'integer', default: 30, minimum: 1, description: 'Days.' } },
      additionalProperties: false,
    };
    const typed = defineRule<'tooOld', { maxAgeDays: number }>({
      meta: { id: 'demo', severity: 'warning', description: 'Require a demo.', source: '—', messages: { tooOld: 'older than {{days}}' }, options },
      check(context) {
        expectTypeOf(context.options).toEqualTypeOf<{ maxAgeDays: number }>();
        context.report('/metadata', 'tooOld', { days: context.options.maxAgeDays });
        // @ts-expect-error a message id that meta.messages does not declare
        context.report('/metadata', 'tooNew');
      },
    });
    const inferred = defineRule({
      meta: { id: 'demo', severity: 'info', description: 'Require a demo.', source: '—', messages: { missing: 'no {{what}}' } },
      checkFile({ report }) {
        expectTypeOf(report).parameter(1).toEqualTypeOf<'missing'>();
      },
    });
    // @ts-expect-error an integer option cannot have a string schema
    const wrong: RuleOptionsSchema<{ maxAgeDays: number }> = { type: 'object', properties: { maxAgeDays: { type: 'string', default: '30', description: 'Days.' } }, additionalProperties: false };
    expect([typed.meta.docsUrl, inferred.meta.scope, wrong.type]).toEqual([expect.stringMatching(/\/docs\/rules\/demo\.md$/), 'policy', 'object']);
  });
});

/** The JSON-Schema keywords config.ts checkOptions understands. */
const OBJECT_KEYWORDS = ['type', 'properties', 'additionalProperties'];
const OPTION_KEYWORDS = ['type', 'default', 'description', 'minimum', 'maximum', 'enum'];

/** Values to try on an option: the default, each type, and each side of the bounds. */
function samples(option: Record<string, unknown>): unknown[] {
  const around = [option.minimum, option.maximum].filter((n): n is number => typeof n === 'number').flatMap((n) => [n - 1, n, n + 1, n + 0.5]);
  return [option.default, ...around, 0, -1, 1.5, 1e9, '', 'text', ...((option.enum as string[] | undefined) ?? []), true, false, null, [], {}];
}

describe('rule options are a JSON Schema', () => {
  const ajv = new Ajv2020.default({ strict: true, allErrors: true });
  /** Verdict of config.ts on `options`: true when it accepts them. */
  const ours = (schema: RuleOptionsSchema | undefined, options: Record<string, unknown>) => {
    try {
      checkOptions('demo', options, schema, (name, message) => {
        throw new Error(`${name}: ${message}`);
      });
      return true;
    } catch {
      return false;
    }
  };
  // Every kind of option the subset supports, besides the options of the real rules.
  const demo: RuleOptionsSchema = {
    type: 'object',
    properties: {
      days: { type: 'integer', default: 7, minimum: 1, maximum: 30, description: 'Days.' },
      ratio: { type: 'number', default: 0.5, minimum: 0, maximum: 1, description: 'A ratio.' },
      level: { type: 'string', default: 'low', enum: ['low', 'high'], description: 'A level.' },
      note: { type: 'string', default: '', description: 'Any text.' },
      strict: { type: 'boolean', default: false, description: 'A switch.' },
    },
    additionalProperties: false,
  };
  const schemas: [string, RuleOptionsSchema][] = [['demo', demo], ...[...rules].flatMap(([id, rule]) => (rule.meta.options ? [[id, rule.meta.options] as [string, RuleOptionsSchema]] : []))];

  it('is used by at least one rule', () => {
    expect(schemas.length).toBeGreaterThan(1);
  });

  for (const [id, schema] of schemas) {
    it(`${id}: stays in the subset config.ts checks, compiles with ajv, and its defaults are valid`, () => {
      expect(Object.keys(schema).sort()).toEqual([...OBJECT_KEYWORDS].sort());
      expect(schema.additionalProperties).toBe(false);
      for (const [name, option] of Object.entries(schema.properties)) {
        expect(OPTION_KEYWORDS, name).toEqual(expect.arrayContaining(Object.keys(option)));
        expect(option.description, name).toMatch(/\S/);
      }
      const validate = ajv.compile(schema);
      const defaults = Object.fromEntries(Object.entries(schema.properties).map(([name, option]) => [name, option.default]));
      expect(validate(defaults), JSON.stringify(validate.errors)).toBe(true);
    });

    it(`${id}: ajv and checkOptions accept and refuse the same values`, () => {
      const validate = ajv.compile(schema);
      let refused = 0;
      for (const [name, option] of Object.entries(schema.properties)) {
        for (const value of samples(option)) {
          const verdict = validate({ [name]: value });
          if (!verdict) refused++;
          expect(ours(schema, { [name]: value }), `${name}: ${JSON.stringify(value)}`).toBe(verdict);
        }
      }
      expect(ours(schema, { noSuchOption: 1 })).toBe(validate({ noSuchOption: 1 }));
      expect(refused).toBeGreaterThan(0);
    });
  }

  it('gives the config error messages it gave before the options became a JSON Schema', () => {
    const messages: string[] = [];
    const collect = (name: string, message: string): never => {
      messages.push(`${name}: ${message}`);
      throw new Error(message);
    };
    const stale = rules.get('policy-review-stale')!.meta.options;
    for (const options of [{ maxAgeDays: 0 }, { maxAgeDays: '30' }, { maxAge: 30 }]) expect(() => checkOptions('policy-review-stale', options, stale, collect)).toThrow();
    expect(() => checkOptions('texting-stance', { x: 1 }, undefined, collect)).toThrow();
    expect(() => checkOptions('demo', { level: 'medium' }, demo, collect)).toThrow();
    expect(messages).toEqual([
      'maxAgeDays: option "maxAgeDays" of rule "policy-review-stale" must be a whole number ≥ 1',
      'maxAgeDays: option "maxAgeDays" of rule "policy-review-stale" must be a whole number ≥ 1',
      'maxAge: rule "policy-review-stale" has no option "maxAge" (options: maxAgeDays)',
      'x: rule "texting-stance" has no option "x" (it takes no options)',
      'level: option "level" of rule "demo" must be one of "low", "high"',
    ]);
  });
});
