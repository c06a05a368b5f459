import type { LintMessage, LintResult, Severity } from '../types.js';
import type { Formatter } from './types.js';
import { severities, xmlEscape as x } from './utils.js';

/**
 * JUnit XML for CI test reports (GitLab, Jenkins, Azure Pipelines), valid against junit-10.xsd: one testsuite per
 * file and one testcase per finding, named by rule and JSON pointer so a test keeps its identity when lines move.
 * Findings at or above `junitFailures` (default error) fail; the others pass with the finding in system-out;
 * suppressed findings are skipped; a file without findings gets one passing testcase.
 */
const junit: Formatter = (results, context) => {
  const failing = new Set(severities.slice(0, severities.indexOf(context.junitFailures ?? 'error') + 1));
  const suites = results.map((result) => testsuite(result, failing));
  const sum = (key: 'tests' | 'failures') => suites.reduce((total, s) => total + s[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // junit-10.xsd allows no `skipped` on <testsuites>; each <testsuite> carries its own.
    `<testsuites name="clearframe" tests="${sum('tests')}" failures="${sum('failures')}" errors="0" time="0">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
};

function testsuite(result: LintResult, failing: ReadonlySet<Severity>) {
  // Jenkins splits classname at dots into package and class; without the extension a path stays one class.
  const classname = x(result.filePath.replace(/\.ya?ml$/i, ''));
  const seen = new Map<string, number>();
  // `rule /json/pointer`; a second finding of the same rule on the same field gets ` #2`.
  const name = (m: LintMessage) => {
    const base = `${m.ruleId} ${m.path || '(file)'}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} #${count}`;
  };
  const testcase = (caseName: string, body?: string) =>
    `    <testcase classname="${classname}" name="${x(caseName)}" time="0"${body ? `>\n      ${body}\n    </testcase>` : '/>'}`;

  let failures = 0;
  const cases = result.messages.map((m) => {
    const details = x(`${result.filePath}:${m.line}:${m.column} ${m.severity} ${m.message} (${m.ruleId}${m.path ? `, field ${m.path}` : ''})`);
    if (!failing.has(m.severity)) return testcase(name(m), `<system-out>${details}</system-out>`);
    failures++;
    return testcase(name(m), `<failure message="${x(m.message)}" type="${m.severity}">${details}</failure>`);
  });
  for (const m of result.suppressedMessages) {
    const reasons = m.suppressions.map((s) => s.justification).join('; ');
    cases.push(testcase(name(m), `<skipped message="${x(`suppressed by a disable comment: ${reasons}`)}"/>`));
  }
  if (cases.length === 0) cases.push(testcase('no problems'));
  const skipped = result.suppressedMessages.length;
  const xml = [
    `  <testsuite name="${x(result.filePath)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
  return { tests: cases.length, failures, xml };
}

export default junit;
