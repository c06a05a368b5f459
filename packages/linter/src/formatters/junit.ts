import type { LintMessage, LintResult } from '../types.js';
import type { Formatter } from './types.js';
import { xmlEscape as x } from './utils.js';

/**
 * JUnit XML for CI test reports (GitLab, Jenkins, Azure Pipelines): one testsuite per file; each finding is a
 * failing testcase, each suppressed finding a skipped one, and a file without findings gets one passing testcase.
 */
const junit: Formatter = (results) => {
  const suites = results.map(testsuite);
  const sum = (key: 'tests' | 'failures' | 'skipped') => suites.reduce((total, s) => total + s[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="clearframe" tests="${sum('tests')}" failures="${sum('failures')}" errors="0" skipped="${sum('skipped')}" time="0">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
};

function testsuite(result: LintResult) {
  // Jenkins splits classname at dots into package and class; without the extension a path stays one class.
  const classname = x(result.filePath.replace(/\.ya?ml$/i, ''));
  const testcase = (name: string, body?: string) =>
    `    <testcase classname="${classname}" name="${x(name)}" time="0"${body ? `>\n      ${body}\n    </testcase>` : '/>'}`;

  const cases = result.messages.map((m) => testcase(`${m.ruleId} ${m.line}:${m.column}`, failure(result.filePath, m)));
  if (cases.length === 0) cases.push(testcase('no problems'));
  for (const m of result.suppressedMessages) {
    const reasons = m.suppressions.map((s) => s.justification).join('; ');
    cases.push(testcase(`${m.ruleId} ${m.line}:${m.column}`, `<skipped message="${x(`suppressed by a disable comment: ${reasons}`)}"/>`));
  }
  const failures = result.messages.length;
  const skipped = result.suppressedMessages.length;
  const xml = [
    `  <testsuite name="${x(result.filePath)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
  return { tests: cases.length, failures, skipped, xml };
}

function failure(filePath: string, m: LintMessage): string {
  const details = `${filePath}:${m.line}:${m.column} ${m.severity} ${m.message} (${m.ruleId}${m.path ? `, field ${m.path}` : ''})`;
  return `<failure message="${x(m.message)}" type="${m.severity}">${x(details)}</failure>`;
}

export default junit;
