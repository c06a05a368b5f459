// Test helper shared by the rule tests: runs valid/invalid cases through the real lint engine.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkOptions, defaultConfig, type ResolvedConfig } from './config.js';
import { lintSources } from './lint.js';
import { renderMessage } from './rule.js';
import type { LintMessage, MessageData, Rule } from './types.js';

/** A complete policy that passes every rule (with TODAY as the lint date). */
export const VALID_POLICY = readFileSync(new URL('../test/fixtures/valid-policy.yaml', import.meta.url), 'utf8');
export const TODAY = '2026-06-01';

/**
 * Returns VALID_POLICY with changes: `set` maps dotted paths (numbers index lists) to new values,
 * `remove` lists dotted paths to delete. Formatting of untouched lines is kept.
 */
export function editPolicy(changes: { set?: Record<string, unknown>; remove?: string[] }, base = VALID_POLICY): string {
  const doc = parseDocument(base);
  const path = (dotted: string) => dotted.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (const dotted of changes.remove ?? []) doc.deleteIn(path(dotted));
  for (const [dotted, value] of Object.entries(changes.set ?? {})) doc.setIn(path(dotted), value);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export interface ExpectedMessage {
  /** Key of the rule's `meta.messages` the finding must come from. */
  messageId?: string;
  /** With `messageId`: the placeholder values; the finding's text must be the template filled with them. */
  data?: MessageData;
  message?: string | RegExp;
  path?: string;
  line?: number;
  column?: number;
  severity?: LintMessage['severity'];
  /** File the finding is reported under (default: the policy, policy.yaml). */
  filePath?: string;
}

export interface TestCase {
  name: string;
  /** The policy (written at policy.yaml, or at `path`). */
  code: string;
  path?: string;
  /** Other files of the project, e.g. a ClinicDefaults file for `extends`. */
  files?: Record<string, string>;
  /** Rule options from the config. */
  options?: Record<string, unknown>;
  today?: string;
  /** Schema findings the case knowingly has (a required field left out, which rules see as missing); default none. */
  schemaProblems?: number;
}

export interface InvalidCase extends TestCase {
  errors: ExpectedMessage[];
}

/** Lints a case with only `rule` (and `schema`) enabled; returns the findings of `rule` across all files. */
export async function lintCase(rule: Rule, testCase: TestCase): Promise<(LintMessage & { filePath: string })[]> {
  const path = testCase.path ?? 'policy.yaml';
  const files = [{ path, source: testCase.code }, ...Object.entries(testCase.files ?? {}).map(([p, source]) => ({ path: p, source }))];
  if (testCase.options) {
    checkOptions(rule.meta.id, testCase.options, rule.meta.options, (name, message) => {
      throw new Error(`test case "${testCase.name}": option ${name}: ${message}`);
    });
  }
  const config: ResolvedConfig = {
    ...defaultConfig('/'),
    rules: onlyRule(rule.meta.id, testCase.options),
  };
  // Rules get a deep-frozen policy: a rule that changes what the next rule sees fails its own tests.
  const results = await lintSources(files, { config, today: testCase.today ?? TODAY, freeze: true });
  const all = results.flatMap((r) => r.messages.map((m) => ({ ...m, filePath: r.filePath })));
  if (rule.meta.id !== 'schema') {
    const schemaProblems = all.filter((m) => m.ruleId === 'schema');
    if (testCase.schemaProblems === undefined) expect(schemaProblems, 'test case must be valid against the schema').toEqual([]);
    else expect(schemaProblems, 'schema findings of the case').toHaveLength(testCase.schemaProblems);
  }
  return all.filter((m) => m.ruleId === rule.meta.id);
}

function onlyRule(id: string, options?: Record<string, unknown>): ResolvedConfig['rules'] {
  // Every rule off but the one under test and schema (the engine always parses); defaults apply to that one.
  return Object.fromEntries(
    ALL_RULE_IDS.map((other) => [other, other === id ? { level: SEVERITY_OF(other), ...(options ? { options } : {}) } : other === 'schema' ? { level: 'error' } : { level: 'off' }]),
  ) as ResolvedConfig['rules'];
}

import { rules } from './rules/index.js';
const ALL_RULE_IDS = [...rules.keys()];
const SEVERITY_OF = (id: string) => rules.get(id)!.meta.severity;

/** Defines vitest cases: each valid case has no finding of the rule; each invalid case has exactly the expected ones, in order. */
export function ruleTester(rule: Rule, cases: { valid: TestCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, async () => {
        expect(await lintCase(rule, testCase)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, async () => {
        const found = await lintCase(rule, testCase);
        const declared = Object.keys(rule.meta.messages);
        testCase.errors.forEach((e, index) => {
          // As in ESLint's RuleTester: a rule with message templates is tested by message id.
          if (e.messageId === undefined && declared.length > 0) throw new Error(`test case "${testCase.name}": error ${index} has no messageId (one of ${declared.join(', ')})`);
          if (e.messageId !== undefined && !Object.hasOwn(rule.meta.messages, e.messageId)) {
            throw new Error(`test case "${testCase.name}": messageId "${e.messageId}" is not in meta.messages (${declared.join(', ') || 'none'})`);
          }
          if (e.data !== undefined && e.messageId === undefined) throw new Error(`test case "${testCase.name}": data needs a messageId`);
        });
        expect(found.map(({ messageId, message, path, line, column, severity, filePath }) => ({ messageId, message, path, line, column, severity, filePath }))).toEqual(
          testCase.errors.map((e) =>
            expect.objectContaining({
              ...(e.messageId !== undefined ? { messageId: e.messageId } : {}),
              ...(e.message !== undefined ? { message: typeof e.message === 'string' ? e.message : expect.stringMatching(e.message) } : {}),
              ...(e.path !== undefined ? { path: e.path } : {}),
              ...(e.line !== undefined ? { line: e.line } : {}),
              ...(e.column !== undefined ? { column: e.column } : {}),
              severity: e.severity ?? rule.meta.severity,
              filePath: e.filePath ?? testCase.path ?? 'policy.yaml',
            }),
          ),
        );
        testCase.errors.forEach((e, index) => {
          if (e.data !== undefined) expect(found[index]!.message, `error ${index}: the template filled with data`).toBe(renderMessage(rule.meta, e.messageId!, e.data));
        });
      });
    }
  });
}
