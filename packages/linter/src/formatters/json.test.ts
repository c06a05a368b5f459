import { describe, expect, it } from 'vitest';
import type { LintResult } from '../types.js';
import { CLEAN, context, JANE, results, SAM, trickyMessage } from './__fixtures__/results.js';
import json from './json.js';

describe('json formatter', () => {
  it('prints the contract: one entry per file, clean ones included, keys in a fixed order', () => {
    const expected = [
      { filePath: CLEAN, messages: [], suppressedMessages: [] },
      {
        filePath: JANE,
        messages: [
          { ruleId: 'published-url', severity: 'info', message: 'no sharing.url', line: 2, column: 1, path: '/spec/sharing/url' },
          { ruleId: 'turnaround-required', severity: 'error', message: 'no turnaround section', line: 9, column: 1, path: '/spec/turnaround/within' },
          { ruleId: 'schema', severity: 'error', message: trickyMessage, line: 12, column: 3, path: '/spec/contact/a<b & c' },
          { ruleId: 'texting-stance', severity: 'warning', message: 'no method of kind sms', line: 110, column: 15, path: '/spec/contact/methods' },
        ],
        suppressedMessages: [],
      },
      {
        filePath: SAM,
        messages: [{ ruleId: 'texting-stance', severity: 'warning', message: 'no method of kind sms', line: 7, column: 3, path: '/spec/contact/methods' }],
        suppressedMessages: [
          {
            ruleId: 'review-sites',
            severity: 'warning',
            message: 'respondPublicly is true',
            line: 30,
            column: 5,
            path: '/spec/socialMedia/reviewSites/respondPublicly',
            suppressions: [{ kind: 'directive', justification: 'we answer only with a generic reply' }],
          },
        ],
      },
    ];
    // Comparing strings checks key order as well as content.
    expect(json(results, context)).toBe(JSON.stringify(expected) + '\n');
  });

  it('keeps the contract key order and drops fields outside it, whatever the input objects look like', () => {
    const scrambled = [
      {
        suppressedMessages: [],
        messages: [{ path: '/spec', column: 2, line: 1, message: 'm', severity: 'warning', ruleId: 'r', internal: 'x' }],
        filePath: 'p.yaml',
        extra: true,
      },
    ] as unknown as LintResult[];
    expect(json(scrambled, context)).toBe(
      '[{"filePath":"p.yaml","messages":[{"ruleId":"r","severity":"warning","message":"m","line":1,"column":2,"path":"/spec"}],"suppressedMessages":[]}]\n',
    );
  });

  it('prints an empty array when no files were linted', () => {
    expect(json([], context)).toBe('[]\n');
  });
});
