import type { LintMessage, SuppressedMessage } from '../types.js';
import type { Formatter } from './types.js';

/**
 * The `--format json` contract (policy-format.md): one entry per linted file, clean ones included.
 * Objects are rebuilt field by field so the key order is fixed and nothing outside the contract leaks out.
 */
const json: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.messages.map(finding),
      suppressedMessages: result.suppressedMessages.map(suppressed),
    })),
  ) + '\n';

function finding(message: LintMessage) {
  const { ruleId, severity, line, column, path } = message;
  return { ruleId, severity, message: message.message, line, column, path };
}

function suppressed(message: SuppressedMessage) {
  return {
    ...finding(message),
    suppressions: message.suppressions.map(({ kind, justification }) => ({ kind, justification })),
  };
}

export default json;
