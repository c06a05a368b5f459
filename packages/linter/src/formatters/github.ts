import type { LintMessage, Severity } from '../types.js';
import { rootRelative } from './paths.js';
import type { Formatter } from './types.js';
import { groupBySeverity, plural, severities, severitySummary, totals } from './utils.js';

/**
 * GitHub renders only a few annotations per step (10 of each level at the time of writing) and drops the rest;
 * 50 keeps the log readable while covering every annotation GitHub can show.
 */
export const ANNOTATION_CAP = 50;

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands: one annotation per finding (errors first, at most ANNOTATION_CAP),
 * then a plain summary line, so a run is never a silent pass.
 */
const github: Formatter = (results, context) => {
  // Paths from the repository root: GitHub places annotations by them whatever the step's working directory.
  const bySeverity = groupBySeverity(results.flatMap(({ filePath, messages }) => messages.map((message) => ({ ...message, filePath: rootRelative(filePath, context) }))));
  const ordered = severities.flatMap((severity) => bySeverity[severity]);
  const lines = ordered.slice(0, ANNOTATION_CAP).map(annotation);

  const hidden = ordered.length - ANNOTATION_CAP;
  if (hidden > 0) {
    lines.push(`clearframe: ${plural(hidden, 'more finding')} not annotated (at most ${ANNOTATION_CAP} annotations); run clearframe lint without --format github to see every finding`);
  }
  const counts = totals(results);
  const files = plural(counts.files, 'file');
  lines.push(ordered.length === 0 ? `clearframe: no problems in ${files}` : `clearframe: ${severitySummary(counts)} in ${files}`);
  return lines.join('\n') + '\n';
};

function annotation(finding: LintMessage & { filePath: string }): string {
  const { filePath, line, column, ruleId, severity, message } = finding;
  const properties = `file=${escapeProperty(filePath)},line=${line},col=${column},title=${escapeProperty(`clearframe ${ruleId}`)}`;
  return `::${COMMAND[severity]} ${properties}::${escapeData(message)}`;
}

/** Message text: the runner decodes %25, %0D and %0A (as @actions/core escapes them). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Property values also end at `,` and `:`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export default github;
