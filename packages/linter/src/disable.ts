import { isPair, visit, type Node } from 'yaml';
import type { ParsedFile } from '@clearframe/schema';
import type { LintMessage, MessageData, Rule, SuppressedMessage } from './types.js';
import { detach } from './detach.js';
import { renderMessage } from './rule.js';
import disableWithoutReason from './rules/disable-without-reason.js';
import unusedDisable from './rules/unused-disable.js';

/** An inline `# clearframe-disable-next-line` or `# clearframe-disable-file` comment. */
export interface Directive {
  kind: 'next-line' | 'file';
  /** Line of the comment. */
  line: number;
  column: number;
  ruleIds: string[];
  reason: string;
  /** Lines covered (next-line: the node that starts on the next line; file: everything). */
  from: number;
  to: number;
}

const DIRECTIVE = /^(\s*)#\s*clearframe-disable-(next-line|file)\b(.*)$/;
/**
 * Rules no directive can silence: the two that report on directives themselves, and `schema` (a file that does not
 * match the format is never "clean", as a parse error in ESLint cannot be disabled).
 */
export const LOCKED: ReadonlyMap<string, string> = new Map([
  ['disable-without-reason', 'cannot be disabled'],
  ['unused-disable', 'cannot be disabled'],
  ['schema', 'cannot be disabled: fix the field (schema findings are always errors)'],
]);

/** Finds the disable comments of a file. `file` gives node ranges; without it (unparseable YAML) a next-line covers one line. */
export function parseDirectives(text: string, file?: ParsedFile): Directive[] {
  if (!text.includes('clearframe-disable')) return [];
  const directives: Directive[] = [];
  const lines = text.split(/\r?\n/);
  let ends: Map<number, number> | undefined;
  lines.forEach((content, index) => {
    const match = DIRECTIVE.exec(content);
    if (!match) return;
    const [, indent = '', kind, rest = ''] = match;
    const split = rest.indexOf('--');
    const ids = (split === -1 ? rest : rest.slice(0, split)).split(/[\s,]+/).filter(Boolean);
    const reason = split === -1 ? '' : rest.slice(split + 2).trim();
    const line = index + 1;
    let from = 1;
    let to = Number.MAX_SAFE_INTEGER;
    if (kind === 'next-line') {
      ends ??= file ? nodeEnds(file) : new Map();
      from = line + 1;
      to = ends.get(from) ?? from;
    }
    directives.push({ kind: kind as Directive['kind'], line, column: indent.length + 1, ruleIds: ids.map(detach), reason: detach(reason), from, to });
  });
  return directives;
}

/** Line where a node starts → last line of the outermost node (mapping entry or list item) starting there. */
function nodeEnds(file: ParsedFile): Map<number, number> {
  const ends = new Map<number, number>();
  const lineOf = (offset: number) => file.lineCounter.linePos(offset).line;
  const note = (start: number | undefined, end: number | undefined) => {
    if (start === undefined || end === undefined) return;
    const line = lineOf(start);
    let last = end - 1;
    while (last > start && /\s/.test(file.text.charAt(last))) last--;
    ends.set(line, Math.max(ends.get(line) ?? line, lineOf(last)));
  };
  visit(file.doc, {
    Pair(_, pair) {
      if (!isPair(pair)) return;
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      note(key?.range?.[0], value?.range?.[1] ?? key?.range?.[1]);
    },
    Seq(_, seq) {
      for (const item of seq.items) note((item as Node | null)?.range?.[0], (item as Node | null)?.range?.[1]);
    },
  });
  return ends;
}

/**
 * Splits messages into kept and suppressed, and reports directives without a reason
 * (`disable-without-reason`) and directives that suppressed nothing (`unused-disable`).
 * `locked` maps the rules that no directive may silence here to why (e.g. "cannot be disabled for publishing").
 */
export function applyDirectives(
  messages: LintMessage[],
  directives: Directive[],
  knownRuleIds: ReadonlySet<string>,
  locked: ReadonlyMap<string, string> = LOCKED,
): {
  messages: LintMessage[];
  suppressed: SuppressedMessage[];
  /** Each suppressed message, by the message it was made from. */
  suppressedFrom: Map<LintMessage, SuppressedMessage>;
  directiveMessages: Omit<LintMessage, 'severity'>[];
} {
  const suppressedFrom = new Map<LintMessage, SuppressedMessage>();
  if (directives.length === 0) return { messages, suppressed: [], suppressedFrom, directiveMessages: [] };
  const used = new Set<string>();
  const kept: LintMessage[] = [];
  for (const message of messages) {
    const matching = locked.has(message.ruleId)
      ? []
      : directives.filter((d) => d.ruleIds.includes(message.ruleId) && message.line >= d.from && message.line <= d.to);
    if (matching.length === 0) {
      kept.push(message);
      continue;
    }
    for (const d of matching) used.add(`${d.line}:${message.ruleId}`);
    suppressedFrom.set(message, { ...message, suppressions: matching.map((d) => ({ kind: 'directive', justification: d.reason })) });
  }
  const directiveMessages: Omit<LintMessage, 'severity'>[] = [];
  for (const d of directives) {
    const at = { line: d.line, column: d.column, path: '' };
    if (d.reason === '') {
      directiveMessages.push({ ...at, ...finding(disableWithoutReason, 'noReason', { kind: d.kind }) });
    }
    if (d.ruleIds.length === 0) {
      directiveMessages.push({ ...at, ...finding(unusedDisable, 'noRuleIds', { kind: d.kind }) });
    }
    for (const id of d.ruleIds) {
      const lockedBecause = locked.get(id);
      if (!knownRuleIds.has(id)) {
        directiveMessages.push({ ...at, ...finding(unusedDisable, 'unknownRule', { id, kind: d.kind }) });
      } else if (lockedBecause !== undefined) {
        directiveMessages.push({ ...at, ...finding(unusedDisable, 'locked', { id, reason: lockedBecause }) });
      } else if (!used.has(`${d.line}:${id}`)) {
        const unused = d.kind === 'file' ? finding(unusedDisable, 'unusedInFile', { id }) : finding(unusedDisable, 'unusedOnLines', { id, lines: `${d.from}${d.to > d.from ? `–${d.to}` : ''}` });
        directiveMessages.push({ ...at, ...unused });
      }
    }
  }
  return { messages: kept, suppressed: [...suppressedFrom.values()], suppressedFrom, directiveMessages };
}

/** A directive finding from the message templates of the engine rule that owns it. */
function finding<MessageIds extends string>(rule: Rule<MessageIds>, messageId: MessageIds, data: MessageData) {
  return { ruleId: rule.meta.id, messageId, message: renderMessage(rule.meta, messageId, data) };
}
