import type { LintMessage, RuleMeta, Severity } from '../types.js';
import type { Formatter } from './types.js';
import { directoryUri, fileUri } from './utils.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/clearframe/clearframe';
const SRCROOT = '%SRCROOT%';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, a descriptor for every rule,
 * one result per finding. Suppressed findings are kept as results with an inSource suppression.
 */
const sarif: Formatter = (results, context) => {
  const metas = [...context.rules.values()];
  const ruleIndex = new Map(metas.map((meta, index) => [meta.id, index]));

  const result = (filePath: string, message: LintMessage) => {
    const index = ruleIndex.get(message.ruleId);
    return {
      ruleId: message.ruleId,
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: LEVEL[message.severity],
      message: { text: message.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(filePath),
            region: { startLine: message.line, startColumn: message.column },
          },
          // An empty pointer (the whole document, e.g. for a disable comment) names no field.
          ...(message.path ? { logicalLocations: [{ fullyQualifiedName: message.path, kind: 'property' }] } : {}),
        },
      ],
      properties: { path: message.path },
    };
  };

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'clearframe', version: context.version, informationUri: INFORMATION_URI, rules: metas.map(descriptor) } },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } },
        // Columns come from JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ filePath, messages, suppressedMessages }) => [
          ...messages.map((message) => result(filePath, message)),
          ...suppressedMessages.map((message) => ({
            ...result(filePath, message),
            // SARIF wants distinct suppressions; two disable comments may give the same reason.
            suppressions: [...new Set(message.suppressions.map((s) => s.justification))].map((justification) => ({ kind: 'inSource', justification })),
          })),
        ]),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function descriptor(meta: RuleMeta) {
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    // GitHub shows fullDescription and help on the alert page.
    fullDescription: { text: meta.description },
    helpUri: meta.docsUrl,
    help: { text: `${meta.description}\nSource: ${meta.source}\nDocs: ${meta.docsUrl}` },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { source: meta.source },
  };
}

/** Relative paths resolve against %SRCROOT% (the working directory); an absolute path stands alone as a file: URL. */
function artifactLocation(filePath: string) {
  const uri = fileUri(filePath);
  return uri.startsWith('file:') ? { uri } : { uri, uriBaseId: SRCROOT };
}

export default sarif;
