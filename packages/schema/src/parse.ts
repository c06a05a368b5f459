import { Composer, CST, isMap, isPair, isScalar, isSeq, LineCounter, Parser, YAMLParseError, type Document, type Node, type Pair } from 'yaml';

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Something wrong with a file, found before or during schema validation. */
export interface Problem extends Position {
  message: string;
  /** JSON pointer of the field, '' for the whole document. */
  pointer: string;
  /** The field at `pointer` is not part of the format (a misspelt or unknown key): rules never read it. */
  unknownKey?: boolean;
  /** A required field is absent: rules see it as missing (it is not present-but-invalid). */
  missing?: boolean;
}

/** A parsed YAML file that keeps what is needed to map JSON pointers back to source positions. */
export interface ParsedFile {
  path: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data (undefined when it could not be built). */
  value: unknown;
}

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Alias expansion cap: a policy never needs many anchors, a "billion laughs" file needs thousands. */
export const MAX_ALIAS_COUNT = 100;
/** No valid policy nests deeper than ~8 levels; anything far deeper is hostile or broken. */
export const MAX_DEPTH = 64;
/** A policy has a few hundred entries; far more is hostile or broken, and would make parsing and locating slow. */
export const MAX_NODES = 10_000;
/** Tokens (keys, values, punctuation) in the document: bounds the syntax errors one document can produce. */
const MAX_TOKENS = 50_000;
/** Stray tokens (errors) outside any document: a file of "}" would otherwise make millions of costly errors. */
const MAX_STRAY_TOKENS = 100;

/** A structural limit hit while parsing: the file is refused with this message. */
class LimitError extends Error {}

const TOP = { line: 1, column: 1 } as const;

/**
 * Turns file bytes into text, or explains why they are not a policy file.
 * A UTF-8 byte-order mark is dropped.
 */
export function decodeSource(bytes: Uint8Array): { text: string } | { problem: Problem } {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return { problem: { ...TOP, pointer: '', message: `file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; policy files are limited to 5 MB` } };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { problem: { ...positionOfByte(bytes, nul), pointer: '', message: 'file contains NUL bytes: it looks binary, not YAML' } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { problem: { ...TOP, pointer: '', message: 'file is not valid UTF-8; save it as UTF-8' } };
  }
}

function positionOfByte(bytes: Uint8Array, index: number): Position {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 10) {
      line++;
      start = i + 1;
    }
  }
  // Columns count characters, as everywhere else, not bytes: "é" is two bytes but one column. Only the file's own BOM is dropped.
  return { line, column: new TextDecoder('utf-8', { ignoreBOM: start > 0 }).decode(bytes.subarray(start, index)).length + 1 };
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate key: each key may appear once in a mapping',
  TAB_AS_INDENT: 'tab used for indentation: YAML indents with spaces only',
  MULTIPLE_DOCS: 'more than one YAML document (---) in the file: keep one policy per file',
};

/** Parses YAML text with positions. Problems are YAML syntax errors and structural limits, never exceptions. */
export function parseYaml(text: string, path: string): { file?: ParsedFile; problems: Problem[] } {
  if (text.length > MAX_FILE_BYTES) {
    return { problems: [{ ...TOP, pointer: '', message: 'file is larger than 5 MB; policy files are limited to 5 MB' }] };
  }
  const lineCounter = linesOf(text);
  const deep = deepNesting(text);
  if (deep !== undefined) {
    const { line, col } = lineCounter.linePos(deep);
    return { problems: [{ line, column: col, pointer: '', message: `nesting deeper than ${MAX_DEPTH} levels; no policy needs that` }] };
  }
  let doc: Document.Parsed;
  try {
    doc = parseBounded(text);
  } catch (error) {
    return { problems: [{ ...TOP, pointer: '', message: error instanceof LimitError ? error.message : 'YAML could not be parsed (nesting too deep?)' }] };
  }
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problems: Problem[] = doc.errors.map((error) => ({
    ...at(error.pos[0]),
    pointer: '',
    message: `YAML syntax: ${YAML_HINTS[error.code] ?? lowerFirst(error.message.split('\n')[0] ?? error.code)}`,
  }));
  const file: ParsedFile = { path, text, doc, lineCounter, value: undefined };
  if (problems.length > 0) return { file, problems: dedupe(problems) };

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { file, problems: [{ ...TOP, pointer: '', message: 'file is empty: a policy starts with apiVersion, kind, metadata and spec' }] };
  }
  if (!isMap(doc.contents)) {
    const kind = isSeq(doc.contents) ? 'a list' : 'a single value';
    return { file, problems: [{ ...at(doc.contents.range[0]), pointer: '', message: `the top level is ${kind}; a policy is a mapping of keys (apiVersion, kind, metadata, spec)` }] };
  }
  if (depth(doc.contents, 0) > MAX_DEPTH) {
    return { file, problems: [{ ...TOP, pointer: '', message: `nesting deeper than ${MAX_DEPTH} levels; no policy needs that` }] };
  }
  const duplicates = duplicateKeys(doc.contents).map((key) => ({ ...at(key.range![0]), pointer: '', message: `YAML syntax: ${YAML_HINTS.DUPLICATE_KEY}` }));
  if (duplicates.length > 0) return { file, problems: duplicates };
  try {
    file.value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof ReferenceError && /alias/i.test(error.message)
      ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}); remove the repeated *aliases`
      : 'YAML could not be converted to data';
    return { file, problems: [{ ...TOP, pointer: '', message }] };
  }
  return { file, problems: [] };
}

/**
 * Offset where flow brackets ([ {) or compact block entries (- - -) nest deeper than MAX_DEPTH, found in one pass over
 * the text before the parser builds a node per level (900,000 "[" would cost seconds and a gigabyte). Quoted text
 * and comments are skipped, so brackets in a note never count.
 */
export function deepNesting(text: string): number | undefined {
  let flow = 0;
  let lineStart = true;
  let compact = 0;
  // The last character before this one on the line that is not a space: a quote opens a scalar only after an indicator.
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      compact = 0;
      previous = 0;
      continue;
    }
    if (lineStart && (c === 32 || c === 9)) continue;
    if (lineStart && (c === 45 || c === 63 || c === 58) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
      // "- ", "? " and ": " at the start of a line open a block level each.
      if (++compact > MAX_DEPTH) return i;
      previous = c;
      i++;
      continue;
    }
    lineStart = false;
    if (c === 32 || c === 9) continue;
    const after = previous;
    previous = c;
    if (c === 91 || c === 123) {
      if (++flow > MAX_DEPTH) return i;
    } else if (c === 93 || c === 125) {
      if (flow > 0) flow--;
    } else if (c === 35 && (i === 0 || text.charCodeAt(i - 1) <= 32)) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end - 1;
    } else if ((c === 34 || c === 39) && (after === 0 || after === 58 || after === 45 || after === 63 || after === 44 || after === 91 || after === 123)) {
      i = closingQuote(text, i);
    }
  }
  return undefined;
}

/** Index of the quote that closes the one at `start` (the end of the text when unclosed). */
function closingQuote(text: string, start: number): number {
  const quote = text[start]!;
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}

/**
 * parseDocument with bounded work: the document's entries are counted on the concrete syntax tree before the costly
 * composition, and stray tokens before it. Duplicate keys are found by `duplicateKeys` in linear time (the parser's
 * own check compares every key with every other).
 */
function parseBounded(text: string): Document.Parsed {
  function* tokens() {
    let stray = 0;
    for (const token of new Parser().parse(text)) {
      if (token.type === 'document') {
        let nodes = 0;
        let tokenCount = 0;
        const extra = (node: unknown) => (node !== null && typeof node === 'object' && Array.isArray((node as { end?: unknown }).end) ? (node as { end: unknown[] }).end.length : 0);
        CST.visit(token, (item, path) => {
          if (path.length > MAX_DEPTH) throw new LimitError(`nesting deeper than ${MAX_DEPTH} levels; no policy needs that`);
          if (++nodes > MAX_NODES) throw new LimitError(`more than ${MAX_NODES} YAML entries; no policy needs that many`);
          tokenCount += 1 + item.start.length + (item.sep?.length ?? 0) + extra(item.key) + extra(item.value);
          if (tokenCount > MAX_TOKENS) throw new LimitError(`more than ${MAX_TOKENS} YAML tokens; this is not a policy file, or it is badly broken`);
        });
      } else if (!['comment', 'newline', 'space', 'byte-order-mark'].includes(token.type) && ++stray > MAX_STRAY_TOKENS) {
        throw new LimitError(`more than ${MAX_STRAY_TOKENS} YAML syntax errors outside the document; is this a YAML file?`);
      }
      yield token;
    }
  }
  let doc: Document.Parsed | undefined;
  for (const next of new Composer({ uniqueKeys: false, strict: true, keepSourceTokens: false }).compose(tokens(), true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return doc!;
}

/** Keys repeated in a mapping (each repeat after the first), compared as the plain data sees them: `1` and `"1"` collide. */
function duplicateKeys(node: unknown, found: Node[] = []): Node[] {
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (isScalar(pair.key) && pair.key.range) {
        const key = String(pair.key.value);
        if (seen.has(key)) found.push(pair.key);
        seen.add(key);
      }
      duplicateKeys(pair.value, found);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) duplicateKeys(item, found);
  }
  return found;
}

/** Line starts taken from the text itself: the parser's own count skips line breaks while it recovers from some syntax errors. */
function linesOf(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return counter;
}

function depth(node: unknown, level: number): number {
  if (level > MAX_DEPTH) return level;
  if (isMap(node) || isSeq(node)) {
    let max = level + 1;
    for (const item of node.items) {
      const child = isPair(item) ? item.value : item;
      max = Math.max(max, depth(child, level + 1));
      if (max > MAX_DEPTH) break;
    }
    return max;
  }
  return level;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Splits a JSON pointer into unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Builds a JSON pointer from segments. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export interface Location extends Position {
  /** Pointer of the node the position belongs to: the field itself or its nearest existing ancestor. */
  pointer: string;
  /** True when the field itself exists. */
  found: boolean;
  /** Last line of the node (its whole value), for inline disable ranges. */
  endLine: number;
}

/**
 * Finds the source position of a JSON pointer: the key of a mapping entry, the start of a list item,
 * or — for a missing field — its nearest existing ancestor, else `spec:`, else 1:1.
 */
export function locate(file: ParsedFile, pointer: string): Location {
  const segments = pointerSegments(pointer);
  let node: unknown = file.doc.contents;
  let best: Location = { ...TOP, pointer: '', found: segments.length === 0, endLine: 1 };
  const done: string[] = [];
  for (const segment of segments) {
    let keyStart: number | undefined;
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment) as Pair<Node, Node> | undefined;
      if (!pair) break;
      keyStart = (pair.key as Node).range?.[0];
      next = pair.value;
    } else if (isSeq(node) && /^\d+$/.test(segment)) {
      next = node.items[Number(segment)];
      if (next === undefined) break;
      keyStart = (next as Node).range?.[0];
    } else {
      break;
    }
    done.push(segment);
    node = next;
    if (keyStart !== undefined) {
      const { line, col } = file.lineCounter.linePos(keyStart);
      const end = (next as Node | null)?.range?.[1] ?? keyStart;
      best = { line, column: col, pointer: toPointer(done), found: done.length === segments.length, endLine: endLineOf(file, end) };
    }
  }
  return best;
}

function endLineOf(file: ParsedFile, endOffset: number): number {
  // A node's range ends after its trailing newline; step back so the node ends on its own last line.
  let offset = Math.max(0, endOffset - 1);
  while (offset > 0 && /\s/.test(file.text.charAt(offset))) offset--;
  return file.lineCounter.linePos(offset).line;
}

/** The source text of the scalar at a pointer (as written, with quotes), if there is one. */
export function sourceText(file: ParsedFile, pointer: string): string | undefined {
  const node = file.doc.getIn(pointerSegments(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s)), true);
  if (isScalar(node) && node.range) return file.text.slice(node.range[0], node.range[1]);
  return undefined;
}

/** True when the mapping holding the key at `pointer` is written in flow style `{ … }`. */
export function inFlowMap(file: ParsedFile, pointer: string): boolean {
  const segments = pointerSegments(pointer).slice(0, -1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const parent = segments.length === 0 ? file.doc.contents : file.doc.getIn(segments, true);
  return isMap(parent) && parent.flow === true;
}
