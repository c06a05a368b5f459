import type { LintMessage, Severity } from '../types.js';
import { rootRelative } from './paths.js';
import type { Formatter } from './types.js';
import { groupBySeverity, plural, severities, severitySummary, totals } from './utils.js';

/** Findings listed one by one under the counts; the rest are in the annotations and the other reports. */
export const TOP_FINDINGS = 20;

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/**
 * A Markdown summary for a CI job page (GitHub's $GITHUB_STEP_SUMMARY, a merge request note): the totals, a table of
 * counts per rule linked to the rule docs, and the first TOP_FINDINGS findings (errors first), linked to their lines
 * when `linkBase` is given.
 */
const markdown: Formatter = (results, context) => {
  const counts = totals(results);
  const findings = results.flatMap(({ filePath, messages }) => messages.map((message) => ({ ...message, filePath: rootRelative(filePath, context) })));
  const files = plural(counts.files, 'file');
  if (findings.length === 0) {
    return `### clearframe: no problems in ${files}\n${counts.suppressed ? `\n${plural(counts.suppressed, 'finding')} suppressed by disable comments.\n` : ''}`;
  }

  const byRule = new Map<string, Record<Severity, number>>();
  for (const finding of findings) {
    const row = byRule.get(finding.ruleId) ?? { error: 0, warning: 0, info: 0 };
    row[finding.severity]++;
    byRule.set(finding.ruleId, row);
  }
  const rows = [...byRule].sort(([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || y.info - x.info || a.localeCompare(b));
  const ruleCell = (id: string) => {
    const url = context.rules.get(id)?.docsUrl;
    return url ? `[${cell(id)}](${url})` : cell(id);
  };

  const bySeverity = groupBySeverity(findings);
  const top = severities.flatMap((severity) => bySeverity[severity]).slice(0, TOP_FINDINGS);
  const lines = [
    `### clearframe: ${severitySummary(counts)} in ${files}`,
    '',
    '| Rule | Errors | Warnings | Infos |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([id, row]) => `| ${ruleCell(id)} | ${row.error} | ${row.warning} | ${row.info} |`),
    '',
    findings.length > TOP_FINDINGS ? `#### First ${TOP_FINDINGS} of ${findings.length} findings` : '#### Findings',
    '',
    '| | Where | Rule | Message |',
    '| --- | --- | --- | --- |',
    ...top.map((f) => `| ${ICON[f.severity]} ${f.severity} | ${where(f, context.linkBase)} | ${ruleCell(f.ruleId)} | ${cell(f.message)} |`),
  ];
  if (counts.suppressed) lines.push('', `${plural(counts.suppressed, 'finding')} suppressed by disable comments.`);
  return lines.join('\n') + '\n';
};

function where(finding: LintMessage & { filePath: string }, linkBase: string | undefined): string {
  const label = cell(`${finding.filePath}:${finding.line}:${finding.column}`);
  if (!linkBase || finding.filePath.startsWith('/')) return label;
  const path = finding.filePath.split('/').map(encodeURIComponent).join('/');
  return `[${label}](${linkBase.replace(/\/+$/, '')}/${path}#L${finding.line})`;
}

/** Text for a table cell: one line, no table breaks, no HTML or link syntax taking effect. */
export function cell(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- control characters would break the table row
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]<>()#+!|&~]/g, (char) => `\\${char}`);
}

export default markdown;
