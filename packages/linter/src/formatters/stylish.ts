import type { LintResult, Severity } from '../types.js';
import type { Formatter } from './types.js';
import { oneLine, plural, severities, severitySummary, totals } from './utils.js';

const SGR = { bold: 1, dim: 2, underline: 4, red: 31, yellow: 33, cyan: 36 } as const;
type Style = keyof typeof SGR;
type Paint = (text: string, ...styles: Style[]) => string;

const SEVERITY_COLOR: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** ESLint-style text for people: findings grouped by file, then a summary. Prints nothing when there are no findings. */
const stylish: Formatter = (results, context) => {
  const counts = totals(results);
  const problems = counts.error + counts.warning + counts.info;
  if (problems === 0) return '';
  const paint: Paint = (text, ...styles) => (context.color ? `\u001b[${styles.map((s) => SGR[s]).join(';')}m${text}\u001b[0m` : text);

  const blocks = results.filter((result) => result.messages.length > 0).map((result) => fileBlock(result, paint));
  const worst = severities.find((severity) => counts[severity] > 0) ?? 'info';
  const lines = [paint(`✖ ${plural(problems, 'problem')} (${severitySummary(counts)})`, 'bold', SEVERITY_COLOR[worst])];
  if (counts.suppressed > 0) lines.push(paint(`  ${plural(counts.suppressed, 'finding')} suppressed by disable comments`, 'dim'));
  return `\n${blocks.join('\n')}\n${lines.join('\n')}\n`;
};

/** The file's path, then one aligned row per finding: `line:column  severity  message  ruleId`. */
function fileBlock(result: LintResult, paint: Paint): string {
  const rows = result.messages.map((m) => ({ ...m, line: String(m.line), column: String(m.column), message: oneLine(m.message) }));
  const width = (key: 'line' | 'column' | 'severity' | 'message') => Math.max(...rows.map((row) => row[key].length));
  const [line, column, severity, message] = [width('line'), width('column'), width('severity'), width('message')];
  const body = rows.map((row) =>
    [
      '',
      paint(`${row.line.padStart(line)}:${row.column.padEnd(column)}`, 'dim'),
      paint(row.severity.padEnd(severity), SEVERITY_COLOR[row.severity]),
      row.message.padEnd(message),
      paint(row.ruleId, 'dim'),
    ].join('  '),
  );
  return `${paint(result.filePath, 'underline')}\n${body.join('\n')}\n`;
}

export default stylish;
