import { describe, expect, it } from 'vitest';
import type { LintMessage, LintResult } from '../types.js';
import { CLEAN, context, results } from './__fixtures__/results.js';
import github, { ANNOTATION_CAP, escapeData, escapeProperty } from './github.js';

const finding = (severity: LintMessage['severity'], line: number): LintMessage => ({
  ruleId: 'texting-stance',
  severity,
  message: `finding on line ${line}`,
  line,
  column: 1,
  path: '/spec',
});

describe('github formatter', () => {
  it('annotates errors, then warnings, then notices, and ends with a summary', () => {
    expect(github(results, context).split('\n')).toEqual([
      '::error file=clinics/riverbend/policies/jane-rivera.yaml,line=9,col=1,title=clearframe turnaround-required::no turnaround section',
      `::error file=clinics/riverbend/policies/jane-rivera.yaml,line=12,col=3,title=clearframe schema::unknown field "a<b & 'c'" at 100%25, really: fix it%0Athen run again`,
      '::warning file=clinics/riverbend/policies/jane-rivera.yaml,line=110,col=15,title=clearframe texting-stance::no method of kind sms',
      '::warning file=clinics/north side/policies/sam.yaml,line=7,col=3,title=clearframe texting-stance::no method of kind sms',
      '::notice file=clinics/riverbend/policies/jane-rivera.yaml,line=2,col=1,title=clearframe published-url::no sharing.url',
      'clearframe: 2 errors, 2 warnings, 1 info in 3 files',
      '',
    ]);
  });

  it('escapes data as @actions/core does, and properties also at , and :', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('C:\\a,b%\n.yaml')).toBe('C%3A\\a%2Cb%25%0A.yaml');
    const odd: LintResult[] = [{ filePath: 'odd, name: 50%.yaml', messages: [finding('warning', 1)], suppressedMessages: [] }];
    expect(github(odd, context)).toContain('::warning file=odd%2C name%3A 50%25.yaml,line=1,col=1,title=clearframe texting-stance::finding on line 1\n');
  });

  it('never annotates suppressed findings', () => {
    expect(github(results, context)).not.toContain('review-sites');
  });

  it(`stops at ${ANNOTATION_CAP} annotations, keeping errors first, and says how many were left out`, () => {
    const many: LintResult[] = [
      { filePath: 'a.yaml', messages: Array.from({ length: 55 }, (_, i) => finding('warning', i + 1)), suppressedMessages: [] },
      { filePath: 'b.yaml', messages: [finding('info', 1), finding('error', 2)], suppressedMessages: [] },
    ];
    const lines = github(many, context).trimEnd().split('\n');
    expect(lines).toHaveLength(ANNOTATION_CAP + 2);
    expect(lines[0]).toBe('::error file=b.yaml,line=2,col=1,title=clearframe texting-stance::finding on line 2');
    expect(lines.slice(1, ANNOTATION_CAP).every((line) => line.startsWith('::warning file=a.yaml,'))).toBe(true);
    expect(lines.at(-2)).toBe(
      'clearframe: 7 more findings not annotated (at most 50 annotations); run clearframe lint without --format github to see every finding',
    );
    expect(lines.at(-1)).toBe('clearframe: 1 error, 55 warnings, 1 info in 2 files');
  });

  it('prints a summary line even when everything is clean', () => {
    expect(github([{ filePath: CLEAN, messages: [], suppressedMessages: [] }], context)).toBe('clearframe: no problems in 1 file\n');
    expect(github([], context)).toBe('clearframe: no problems in 0 files\n');
  });
});

describe('github formatter paths', () => {
  it('annotates files by their path from the repository root, whatever the working directory', () => {
    const lines = github(results, { ...context, cwd: '/srv/repo/clinics', baseDir: '/srv/repo' }).split('\n');
    expect(lines[0]).toBe('::error file=clinics/clinics/riverbend/policies/jane-rivera.yaml,line=9,col=1,title=clearframe turnaround-required::no turnaround section');
    expect(lines[3]).toMatch(/^::warning file=clinics\/clinics\/north side\/policies\/sam\.yaml,/);
  });
});
