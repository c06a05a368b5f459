import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintMessage, LintResult, Severity } from '../types.js';

/** Most severe first: the order summaries and annotations use. */
export const severities: readonly Severity[] = ['error', 'warning', 'info'];

export interface Totals {
  error: number;
  warning: number;
  info: number;
  suppressed: number;
  files: number;
}

/** Counts findings by severity, suppressed findings and files across all results. */
export function totals(results: readonly LintResult[]): Totals {
  const counts: Totals = { error: 0, warning: 0, info: 0, suppressed: 0, files: results.length };
  for (const result of results) {
    for (const message of result.messages) counts[message.severity]++;
    counts.suppressed += result.suppressedMessages.length;
  }
  return counts;
}

/** Splits messages by severity, keeping their order within each severity. */
export function groupBySeverity<T extends LintMessage>(messages: readonly T[]): Record<Severity, T[]> {
  const groups: Record<Severity, T[]> = { error: [], warning: [], info: [] };
  for (const message of messages) groups[message.severity].push(message);
  return groups;
}

/** `3 errors`, `1 error`, `0 infos`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `E errors, W warnings, I infos`. */
export function severitySummary(counts: Pick<Totals, Severity>): string {
  return severities.map((severity) => plural(counts[severity], severity)).join(', ');
}

// XML 1.0 allows only these characters (https://www.w3.org/TR/xml/#charsets); lone surrogates are matched too under /u.
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Escapes text for XML element content and attribute values, and drops characters XML 1.0 forbids.
 * Tabs and line breaks become character references so attribute values keep them.
 */
export function xmlEscape(text: string): string {
  return text.replace(XML_ILLEGAL, '').replace(/[&<>"'\t\n\r]/g, (char) => XML_ENTITIES[char] ?? char);
}

/** Replaces control characters (line breaks, the ESC that starts an ANSI sequence) with spaces: one message, one terminal line. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

/**
 * A result's file path as a URI reference: relative paths (the normal case) stay relative with forward slashes
 * and percent-encoded segments; an absolute path becomes a file: URL.
 */
export function fileUri(filePath: string): string {
  if (isAbsolute(filePath)) return pathToFileURL(filePath).href;
  return filePath.replaceAll('\\', '/').split('/').map(encodeURIComponent).join('/');
}

/** The working directory as a file: URL ending in a slash, as SARIF's originalUriBaseIds require. */
export function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}
