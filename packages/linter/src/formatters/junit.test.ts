import { describe, expect, it } from 'vitest';
import type { LintResult } from '../types.js';
import { CLEAN, context, JANE, results, SAM, trickyMessage } from './__fixtures__/results.js';
import { parseXml, type XmlElement } from './__fixtures__/xml.js';
import junit from './junit.js';

const counts = (element: XmlElement) => ({
  tests: element.attributes.tests,
  failures: element.attributes.failures,
  errors: element.attributes.errors,
  skipped: element.attributes.skipped,
});

describe('junit formatter', () => {
  const root = parseXml(junit(results, context));
  const [clean, jane, sam] = root.children;

  it('writes one testsuite per file with correct totals', () => {
    expect(root.name).toBe('testsuites');
    expect(counts(root)).toEqual({ tests: '7', failures: '5', errors: '0', skipped: '1' });
    expect(root.children.map((suite) => [suite.name, suite.attributes.name])).toEqual([
      ['testsuite', CLEAN],
      ['testsuite', JANE],
      ['testsuite', SAM],
    ]);
    for (const suite of root.children) {
      const failing = suite.children.filter((c) => c.children.some((child) => child.name === 'failure')).length;
      const skipped = suite.children.filter((c) => c.children.some((child) => child.name === 'skipped')).length;
      expect(counts(suite)).toEqual({ tests: String(suite.children.length), failures: String(failing), errors: '0', skipped: String(skipped) });
    }
  });

  it('gives a clean file one passing testcase', () => {
    expect(clean!.children).toEqual([
      { name: 'testcase', attributes: { classname: 'clinics/riverbend/policies/clean', name: 'no problems', time: '0' }, children: [], text: '' },
    ]);
  });

  it('makes each finding a failing testcase named "ruleId line:col", typed by severity', () => {
    expect(jane!.children.map((c) => [c.attributes.name, c.children[0]!.name, c.children[0]!.attributes.type])).toEqual([
      ['published-url 2:1', 'failure', 'info'],
      ['turnaround-required 9:1', 'failure', 'error'],
      ['schema 12:3', 'failure', 'error'],
      ['texting-stance 110:15', 'failure', 'warning'],
    ]);
    const schema = jane!.children[2]!.children[0]!;
    // Escaped on the way out, so a parser gets the message back exactly, line break included.
    expect(schema.attributes.message).toBe(trickyMessage);
    expect(schema.text).toBe(`${JANE}:12:3 error ${trickyMessage} (schema, field /spec/contact/a<b & c)`);
  });

  it('reports suppressed findings as skipped testcases with the reason', () => {
    expect(sam!.children.map((c) => [c.attributes.name, c.children[0]!.name])).toEqual([
      ['texting-stance 7:3', 'failure'],
      ['review-sites 30:5', 'skipped'],
    ]);
    expect(sam!.children[1]!.children[0]!.attributes.message).toBe('suppressed by a disable comment: we answer only with a generic reply');
  });

  it('drops characters XML 1.0 forbids', () => {
    const hostile: LintResult[] = [
      {
        filePath: 'bad\u0000name.yaml',
        messages: [{ ruleId: 'schema', severity: 'error', message: 'bell\u0007 escape\u001b[0m lone\uD800 ok\u{1F600}', line: 1, column: 1, path: '/' }],
        suppressedMessages: [],
      },
    ];
    const suite = parseXml(junit(hostile, context)).children[0]!;
    expect(suite.attributes.name).toBe('badname.yaml');
    expect(suite.children[0]!.children[0]!.attributes.message).toBe('bell escape[0m lone ok\u{1F600}');
    expect(suite.children[0]!.children[0]!.text).toBe('badname.yaml:1:1 error bell escape[0m lone ok\u{1F600} (schema, field /)');
  });

  it('leaves out the field when a finding has an empty JSON pointer', () => {
    const disable: LintResult[] = [
      { filePath: 'p.yaml', messages: [{ ruleId: 'unused-disable', severity: 'warning', message: 'unused', line: 3, column: 1, path: '' }], suppressedMessages: [] },
    ];
    expect(parseXml(junit(disable, context)).children[0]!.children[0]!.children[0]!.text).toBe('p.yaml:3:1 warning unused (unused-disable)');
  });

  it('writes an empty report when no files were linted', () => {
    expect(counts(parseXml(junit([], context)))).toEqual({ tests: '0', failures: '0', errors: '0', skipped: '0' });
  });
});
