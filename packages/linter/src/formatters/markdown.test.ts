import { describe, expect, it } from 'vitest';
import type { LintResult } from '../types.js';
import { context, results } from './__fixtures__/results.js';
import markdown, { cell, TOP_FINDINGS } from './markdown.js';

describe('markdown formatter', () => {
  const text = markdown(results, { ...context, cwd: '/srv/repo/clinics-root', baseDir: '/srv/repo', linkBase: 'https://github.com/o/r/blob/abc123/' });

  it('starts with the totals and counts findings per rule, most errors first, linked to the rule docs', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('### clearframe: 2 errors, 2 warnings, 1 info in 3 files');
    expect(lines.slice(2, 8)).toEqual([
      '| Rule | Errors | Warnings | Infos |',
      '| --- | ---: | ---: | ---: |',
      '| [schema](https://example.test/docs/rules/schema.md) | 1 | 0 | 0 |',
      '| [turnaround-required](https://example.test/docs/rules/turnaround-required.md) | 1 | 0 | 0 |',
      '| [texting-stance](https://example.test/docs/rules/texting-stance.md) | 0 | 2 | 0 |',
      '| [published-url](https://example.test/docs/rules/published-url.md) | 0 | 0 | 1 |',
    ]);
    expect(text).toContain('1 finding suppressed by disable comments.');
  });

  it('lists findings errors first, linked to their line by the path from the repository root', () => {
    const rows = text.split('\n').filter((line) => /^\| (❌|⚠️|ℹ️)/u.test(line));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toBe(
      '| ❌ error | [clinics-root/clinics/riverbend/policies/jane-rivera.yaml:9:1](https://github.com/o/r/blob/abc123/clinics-root/clinics/riverbend/policies/jane-rivera.yaml#L9) | [turnaround-required](https://example.test/docs/rules/turnaround-required.md) | no turnaround section |',
    );
    // The hostile message cannot break the table or inject HTML.
    expect(rows[1]).toContain('unknown field "a\\<b \\& \'c\'" at 100%, really: fix it then run again |');
    expect(rows[3]).toContain('(https://github.com/o/r/blob/abc123/clinics-root/clinics/north%20side/policies/sam.yaml#L7)');
    expect(rows[4]).toMatch(/^\| ℹ️ info \|/u);
  });

  it('writes plain locations without a link base, and caps the list', () => {
    const many: LintResult[] = [{ filePath: 'p.yaml', messages: [], suppressedMessages: [] }];
    for (let i = 1; i <= TOP_FINDINGS + 5; i++) many[0]!.messages.push({ ruleId: 'texting-stance', severity: 'warning', message: `m${i}`, line: i, column: 1, path: '/spec' });
    const capped = markdown(many, context);
    expect(capped).toContain(`#### First ${TOP_FINDINGS} of ${TOP_FINDINGS + 5} findings`);
    expect(capped).toContain('| ⚠️ warning | p.yaml:1:1 | [texting-stance]');
    expect(capped.split('\n').filter((line) => line.startsWith('| ⚠️'))).toHaveLength(TOP_FINDINGS);
  });

  it('says so when there is nothing to report', () => {
    expect(markdown([results[0]!], context)).toBe('### clearframe: no problems in 1 file\n');
    expect(markdown([], context)).toBe('### clearframe: no problems in 0 files\n');
  });

  it('escapes table cells', () => {
    expect(cell('a | b\n<script>[x](y)')).toBe('a \\| b \\<script\\>\\[x\\]\\(y\\)');
  });
});
