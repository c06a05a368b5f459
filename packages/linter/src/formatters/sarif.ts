import { createHash } from 'node:crypto';
import type { LintMessage, RuleMeta, Severity, SuppressedMessage } from '../types.js';
import { rootRelative } from './paths.js';
import { nodeEnds, type End } from './positions.js';
import type { Formatter, FormatterContext } from './types.js';
import { directoryUri, fileUri } from './utils.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/clearframe/clearframe';
const SRCROOT = '%SRCROOT%';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
/** GitHub code scanning rejects a run with more results than this, and a file with more than MAX_RUNS runs. */
export const MAX_RESULTS_PER_RUN = 25_000;
export const MAX_RUNS = 20;
/** Key of our fingerprint in partialFingerprints: rule, file and JSON pointer, so an alert survives lines moving. */
export const FINGERPRINT = 'clearframeFinding/v1';

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: a descriptor for every rule, one result per
 * finding, paths relative to the repository root. Suppressed findings are kept as results with an inSource
 * suppression. Above MAX_RESULTS_PER_RUN results the log is split into several runs, with a warning.
 */
const sarif: Formatter = (results, context) => {
  const metas = [...context.rules.values()];
  const ruleIndex = new Map(metas.map((meta, index) => [meta.id, index]));
  const driver = { name: 'clearframe', version: context.version, informationUri: INFORMATION_URI, rules: metas.map((meta) => descriptor(meta, context)) };
  const endOf = endPositions(context);
  const occurrences = new Map<string, number>();

  const result = (filePath: string, message: LintMessage | SuppressedMessage) => {
    const index = ruleIndex.get(message.ruleId);
    const uri = fileUri(rootRelative(filePath, context));
    // Two findings of one rule on one field of one file are told apart by their order.
    const identity = `${message.ruleId}\u0000${uri}\u0000${message.path}`;
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    const end = endOf(filePath, message);
    return {
      ruleId: message.ruleId,
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: LEVEL[message.severity],
      message: { text: message.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: uri.startsWith('file:') ? { uri } : { uri, uriBaseId: SRCROOT },
            region: { startLine: message.line, startColumn: message.column, ...end },
          },
          // An empty pointer (the whole document, e.g. for a disable comment) names no field.
          ...(message.path ? { logicalLocations: [{ fullyQualifiedName: message.path, kind: 'property' }] } : {}),
        },
      ],
      partialFingerprints: { [FINGERPRINT]: `${createHash('sha256').update(identity).digest('hex').slice(0, 32)}:${occurrence}` },
      ...('suppressions' in message
        ? // SARIF wants distinct suppressions; two disable comments may give the same reason.
          { suppressions: [...new Set(message.suppressions.map((s) => s.justification))].map((justification) => ({ kind: 'inSource', justification })) }
        : {}),
      properties: { path: message.path },
    };
  };

  const all = results.flatMap(({ filePath, messages, suppressedMessages }) => [
    ...messages.map((message) => result(filePath, message)),
    ...suppressedMessages.map((message) => result(filePath, message)),
  ]);
  const chunks: (typeof all)[] = [];
  for (let start = 0; start < all.length; start += MAX_RESULTS_PER_RUN) chunks.push(all.slice(start, start + MAX_RESULTS_PER_RUN));
  if (chunks.length === 0) chunks.push([]);
  if (chunks.length > 1) {
    context.warn?.(
      `${all.length.toLocaleString('en')} SARIF results, more than GitHub code scanning takes in one run (${MAX_RESULTS_PER_RUN.toLocaleString('en')}); ` +
        `written as ${chunks.length} runs${chunks.length > MAX_RUNS ? `, more than the ${MAX_RUNS} runs GitHub accepts in one file, so the upload will be rejected` : ''}. ` +
        'GitHub shows at most 5,000 results of a run: lint fewer files at a time, or fix the most frequent findings first.',
    );
  }

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: chunks.map((chunk) => ({
      tool: { driver },
      originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.baseDir ?? context.cwd) } },
      // Columns come from JavaScript string offsets.
      columnKind: 'utf16CodeUnits',
      results: chunk,
    })),
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** `crisis-route-required` → `CrisisRouteRequired`: SARIF's rule name is an identifier, the id stays the key. */
export function ruleName(id: string): string {
  return id.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

/** Tags for code scanning's filters: the tool, and the guidance a rule comes from (`PCT 3, Balick` → PCT, Balick). */
export function ruleTags(meta: RuleMeta): string[] {
  const sources = meta.source.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '').filter((word) => /^[A-Za-z]/.test(word));
  return [...new Set(['clearframe', meta.scope === 'engine' ? 'file' : 'policy', ...sources])];
}

function descriptor(meta: RuleMeta, context: FormatterContext) {
  const text = `${meta.description}\nSource: ${meta.source}\nDocs: ${meta.docsUrl}`;
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.description },
    // GitHub shows fullDescription and help on the alert page.
    fullDescription: { text: meta.description },
    helpUri: meta.docsUrl,
    help: { text, markdown: context.ruleDoc?.(meta.id) ?? `${meta.description}\n\nSource: ${meta.source}\n\n[Documentation](${meta.docsUrl})` },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { source: meta.source, tags: ruleTags(meta) },
  };
}

/** End of the key/value node a finding points at, from the file's text; nothing when the text is not available. */
function endPositions(context: FormatterContext) {
  const files = new Map<string, ((line: number, column: number) => End | undefined) | undefined>();
  return (filePath: string, message: LintMessage): End | Record<string, never> => {
    if (!files.has(filePath)) {
      const source = context.readSource?.(filePath);
      let lookup: ((line: number, column: number) => End | undefined) | undefined;
      try {
        lookup = source === undefined ? undefined : nodeEnds(source);
      } catch {
        // A file that does not parse as YAML has its findings at start positions only.
        lookup = undefined;
      }
      files.set(filePath, lookup);
    }
    return files.get(filePath)?.(message.line, message.column) ?? {};
  };
}

export default sarif;
