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

  it('writes one testsuite per file with correct totals; only errors fail by default', () => {
    expect(root.name).toBe('testsuites');
    // junit-10.xsd has no `skipped` on <testsuites>.
    expect(counts(root)).toEqual({ tests: '7', failures: '2', errors: '0', skipped: undefined });
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

  it('names each testcase by rule and JSON pointer; errors fail, warnings and infos pass with the finding in system-out', () => {
    expect(jane!.children.map((c) => [c.attributes.name, c.children[0]!.name, c.children[0]!.attributes.type])).toEqual([
      ['published-url /spec/sharing/url', 'system-out', undefined],
      ['turnaround-required /spec/turnaround/within', 'failure', 'error'],
      ['schema /spec/contact/a<b & c', 'failure', 'error'],
      ['texting-stance /spec/contact/methods', 'system-out', undefined],
    ]);
    const schema = jane!.children[2]!.children[0]!;
    // Escaped on the way out, so a parser gets the message back exactly, line break included.
    expect(schema.attributes.message).toBe(trickyMessage);
    expect(schema.text).toBe(`${JANE}:12:3 error ${trickyMessage} (schema, field /spec/contact/a<b & c)`);
    expect(jane!.children[0]!.children[0]!.text).toBe(`${JANE}:2:1 info no sharing.url (published-url, field /spec/sharing/url)`);
  });

  it('keeps test names when lines move, and numbers repeats of a rule on one field', () => {
    const moved = results.map((r) => ({ ...r, messages: r.messages.map((m) => ({ ...m, line: m.line + 40 })) }));
    const names = (xml: string) => parseXml(xml).children.flatMap((suite) => suite.children.map((c) => c.attributes.name));
    expect(names(junit(moved, context))).toEqual(names(junit(results, context)));
    const twice: LintResult[] = [{ filePath: 'p.yaml', messages: [results[2]!.messages[0]!, { ...results[2]!.messages[0]!, line: 9 }], suppressedMessages: [] }];
    expect(names(junit(twice, context))).toEqual(['texting-stance /spec/contact/methods', 'texting-stance /spec/contact/methods #2']);
  });

  it('widens failures with junitFailures: warning, then info', () => {
    expect(counts(parseXml(junit(results, { ...context, junitFailures: 'warning' })))).toMatchObject({ tests: '7', failures: '4' });
    expect(counts(parseXml(junit(results, { ...context, junitFailures: 'info' })))).toMatchObject({ tests: '7', failures: '5' });
  });

  it('reports suppressed findings as skipped testcases with the reason', () => {
    expect(sam!.children.map((c) => [c.attributes.name, c.children[0]!.name])).toEqual([
      ['texting-stance /spec/contact/methods', 'system-out'],
      ['review-sites /spec/socialMedia/reviewSites/respondPublicly', 'skipped'],
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
    expect(suite.children[0]!.attributes.name).toBe('schema /');
    expect(suite.children[0]!.children[0]!.text).toBe('badname.yaml:1:1 error bell escape[0m lone ok\u{1F600} (schema, field /)');
  });

  it('leaves out the field when a finding has an empty JSON pointer', () => {
    const disable: LintResult[] = [
      { filePath: 'p.yaml', messages: [{ ruleId: 'unused-disable', severity: 'warning', message: 'unused', line: 3, column: 1, path: '' }], suppressedMessages: [] },
    ];
    const testcase = parseXml(junit(disable, context)).children[0]!.children[0]!;
    expect(testcase.attributes.name).toBe('unused-disable (file)');
    expect(testcase.children[0]!.text).toBe('p.yaml:3:1 warning unused (unused-disable)');
  });

  it('writes an empty report when no files were linted', () => {
    expect(counts(parseXml(junit([], context)))).toEqual({ tests: '0', failures: '0', errors: '0', skipped: undefined });
  });
});
