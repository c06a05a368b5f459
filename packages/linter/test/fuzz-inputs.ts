// Input generators for the fuzz properties in fuzz.test.ts: random bytes, random YAML, policies generated from the
// JSON Schema, and the example repository's policies mutated field by field and byte by byte.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policySchemaPath } from '@clearframe/schema';
import fc from 'fast-check';
import { globSync } from 'tinyglobby';
import { Document, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, stringify, visit, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

/** Files linted together, by POSIX path relative to the project root → text. */
export type Project = Record<string, string>;

export const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const read = (path: string) => readFileSync(path, 'utf8');

function clinicProject(clinic: string): Project {
  const files = globSync([`clinics/${clinic}/**/*.yaml`], { cwd: EXAMPLES, absolute: true }).sort();
  return Object.fromEntries(files.map((file) => [relative(EXAMPLES, file), read(file)]));
}

/** The examples (each clinic with its defaults) and the linter's fixtures: all valid YAML, most of them lint-clean. */
export const cleanSeedProjects: readonly Project[] = [
  { 'policy.yaml': read(`${FIXTURES}valid-policy.yaml`) },
  { 'clinics/north/policies/lee.yaml': read(`${FIXTURES}repo/clinics/north/policies/lee.yaml`) },
  clinicProject('cedar-hollow'),
  clinicProject('harbour-lane'),
];
export const seedProjects: readonly Project[] = [...cleanSeedProjects, { 'policy.yaml': read(`${FIXTURES}failing/policy.yaml`) }];

export const seedTexts: readonly string[] = [...new Set(seedProjects.flatMap((p) => Object.values(p))), read(`${EXAMPLES}clearframe.config.yaml`)];

// ---------------------------------------------------------------------------------------------------------------
// Values

const schema = JSON.parse(readFileSync(policySchemaPath, 'utf8')) as SchemaNode;
interface SchemaNode {
  $ref?: string;
  const?: unknown;
  enum?: unknown[];
  type?: string;
  pattern?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  uniqueItems?: boolean;
  $defs?: Record<string, SchemaNode>;
}

/** Every field name the schema knows, for renames that land on a real but misplaced field. */
export const fieldNames: readonly string[] = (() => {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'properties') Object.keys(value as object).forEach((name) => names.add(name));
        walk(value);
      }
    }
  };
  walk(schema);
  return [...names].sort();
})();

/** Strings that mean something to YAML, to the schema or to a rule. */
const TRICKY_STRINGS = [
  '', ' ', '\t', '~', 'null', 'Null', 'NULL', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', '0', '000', '007', '0x1F', '0o17', '1e3', '.inf', '-.inf', '.nan',
  '911', '999', '112', '111', '988', '+1 555 010 0199', '2026-02-30', '2026-13-01', '0000-00-00', '2026-01-15T10:00:00Z',
  '24h', '0h', '2 business days', '1 business day', '48 HOURS', '3 weeks', 'US', 'US-CA', 'UK', 'GB', 'GB-ENG', 'XX', 'EU',
  ': ', '- ', '# not a comment', ' #', '&anchor', '*alias', '!tag', '!!str', '|', '>', '%YAML', '@', '`', '{', '}', '[', ']', ',', '?', '"', "'", '\\',
  '---', '...', '<<', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '$ref', '/', '~0', '~1', '../clinic.yaml', '../../../etc/passwd',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'; DROP TABLE policies; --", '${{ secrets.TOKEN }}', '::error::injected', '%0A',
  '\u0000', '\u0007', '\u001b[31m', '\u0085', '\u00a0', '\u2028', '\u2029', '\u200b', '\u200e', '\u202e', '\ufeff', '\ufffe', '\ud800', '\udfff',
  'é', 'e\u0301', 'İ', 'ß', 'Ω', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '👩🏽‍⚕️', '🏳️‍🌈', 'مرحبا', 'שלום', '日本語', 'a\nb', 'a\r\nb', 'a\rb', ' leading', 'trailing ', 'x'.repeat(300),
];

export const trickyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...fieldNames) },
);

/** Any value a YAML node could hold, including types no field accepts. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  trickyString,
  fc.constant([]),
  fc.constant({}),
  fc.date({ noInvalidDate: true }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom(...fieldNames), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

const METHOD_IDS = ['office-phone', 'text', 'email', 'portal', 'front-desk', 'video', 'a', 'b'];
const JURISDICTIONS = ['US', 'US-CA', 'CA', 'GB', 'GB-ENG', 'IE', 'AU', 'AU-NSW', 'NZ', 'DE', 'FR', 'JP', 'BR', 'UK', 'XX'];
const isoDate = fc.date({ min: new Date('2020-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const text = fc.oneof(fc.constantFrom('', ' ', 'Call or text 988, or call 911.', 'See the portal.', 'Dial 999 or 112.'), trickyString);

const BY_DEF: Record<string, fc.Arbitrary<unknown>> = {
  slug: fc.oneof(fc.constantFrom(...METHOD_IDS, 'jane-rivera', 'riverbend'), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,99}$/)),
  jurisdiction: fc.oneof(fc.constantFrom(...JURISDICTIONS), fc.stringMatching(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/)),
  calendarDate: fc.oneof({ weight: 4, arbitrary: isoDate }, { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/) }),
  methodIds: fc.array(fc.constantFrom(...METHOD_IDS), { maxLength: 3 }),
  text,
};
const BY_FIELD: Record<string, fc.Arbitrary<unknown>> = {
  number: fc.oneof(fc.constantFrom('911', '999', '112', '000', '111', '988', '13 11 14', ''), trickyString),
  url: fc.oneof(fc.constantFrom('https://example.org/policy', 'http://x', 'ftp://x', 'https://'), fc.webUrl(), trickyString),
  within: fc.oneof(fc.stringMatching(/^[1-9][0-9]{0,2}\s?([hH]|[hH]ours?|[dD]|[dD]ays?|[bB]usiness [dD]ays?)$/), trickyString),
};

/** A value shaped by the schema node: mostly valid, with the odd pattern-only or empty value the schema still accepts. */
function fromSchema(node: SchemaNode, field = ''): fc.Arbitrary<unknown> {
  if (node.$ref) {
    const name = node.$ref.split('/').pop()!;
    return BY_DEF[name] ?? fromSchema(schema.$defs![name]!, field);
  }
  if (BY_FIELD[field]) return BY_FIELD[field];
  if ('const' in node) return fc.constant(node.const);
  if (node.enum) return fc.constantFrom(...node.enum);
  switch (node.type) {
    case 'object': {
      const model = Object.fromEntries(Object.entries(node.properties ?? {}).map(([key, child]) => [key, fromSchema(child, key)]));
      return fc.record(model, { requiredKeys: node.required ?? [] });
    }
    case 'array':
      return node.uniqueItems ? fc.uniqueArray(fromSchema(node.items!, field), { maxLength: 4 }) : fc.array(fromSchema(node.items!, field), { maxLength: 4 });
    case 'boolean':
      return fc.boolean();
    case 'string':
      return node.pattern ? fc.stringMatching(new RegExp(node.pattern)) : text;
    default:
      return anyValue;
  }
}

const metadata = fromSchema(schema.$defs!.metadata!) as fc.Arbitrary<Record<string, unknown>>;
const spec = fromSchema(schema.$defs!.spec!);

/** A policy document built from the schema; `extendsPath` is written when given. */
function policyDocument(kind: 'CommunicationPolicy' | 'ClinicDefaults', extendsPath: fc.Arbitrary<string | undefined>) {
  return fc.record({ metadata, spec: fc.option(spec, { nil: undefined, freq: 8 }), jurisdiction: BY_DEF.jurisdiction!, extendsPath }).map(({ metadata, spec, jurisdiction, extendsPath }) => ({
    apiVersion: 'clearframe/v1',
    kind,
    metadata: kind === 'CommunicationPolicy' ? { jurisdiction, ...metadata } : metadata,
    ...(extendsPath === undefined ? {} : { extends: extendsPath }),
    ...(spec === undefined ? {} : { spec }),
  }));
}

const extendsTarget = fc.option(
  fc.oneof({ weight: 8, arbitrary: fc.constant('../clinic.yaml') }, { weight: 1, arbitrary: fc.constantFrom('../missing.yaml', 'p0.yaml', '../../../../outside.yaml', '..', '../', './', '/etc/passwd', '../clinic.yaml/', '..\\clinic.yaml') }),
  { nil: undefined, freq: 3 },
);

/**
 * A clinic generated from the schema: optional ClinicDefaults (which may itself extend a base file, or form a cycle)
 * and one to three policies that may extend it.
 */
export const generatedProject: fc.Arbitrary<Project> = fc
  .record({
    clinic: fc.option(policyDocument('ClinicDefaults', fc.constantFrom(undefined, undefined, 'base.yaml', 'clinic.yaml', 'policies/p0.yaml')), { nil: undefined, freq: 4 }),
    base: fc.option(policyDocument('ClinicDefaults', fc.constantFrom(undefined, undefined, 'clinic.yaml')), { nil: undefined }),
    policies: fc.array(policyDocument('CommunicationPolicy', extendsTarget), { minLength: 1, maxLength: 3 }),
  })
  .map(({ clinic, base, policies }) => {
    const project: Project = {};
    if (clinic) project['clinics/c/clinic.yaml'] = stringify(clinic);
    if (base) project['clinics/c/base.yaml'] = stringify(base);
    policies.forEach((policy, index) => (project[`clinics/c/policies/p${index}.yaml`] = stringify(policy)));
    return project;
  });

// ---------------------------------------------------------------------------------------------------------------
// Structural mutations (through the yaml Document API)

export type DocEdit =
  | { kind: 'delete' | 'duplicate' | 'flow'; at: number }
  | { kind: 'retype'; at: number; value: unknown }
  | { kind: 'insert-text'; at: number; text: string; offset: number; inKey: boolean }
  | { kind: 'rename'; at: number; key: string }
  | { kind: 'typo'; at: number; offset: number }
  | { kind: 'alias'; at: number; from: number }
  | { kind: 'tag'; at: number; tag: string };

export const docEdit: fc.Arbitrary<DocEdit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'flow'), at: fc.nat() }),
  fc.record({ kind: fc.constant('retype'), at: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('insert-text'), at: fc.nat(), text: trickyString, offset: fc.nat(), inKey: fc.boolean() }),
  fc.record({ kind: fc.constant('rename'), at: fc.nat(), key: trickyString }),
  fc.record({ kind: fc.constant('typo'), at: fc.nat(), offset: fc.nat() }),
  fc.record({ kind: fc.constant('alias'), at: fc.nat(), from: fc.nat() }),
  fc.record({ kind: fc.constant('tag'), at: fc.nat(), tag: fc.constantFrom('!!str', '!!int', '!!float', '!!bool', '!!null', '!!map', '!!seq', '!!binary', '!!timestamp', '!!set', '!!omap', '!custom', '!') }),
) as fc.Arbitrary<DocEdit>;

interface Slot {
  parent: YAMLMap | YAMLSeq;
  index: number;
}

/** Every mapping entry and list item, in document order. */
function slots(doc: Document): Slot[] {
  const out: Slot[] = [];
  const walk = (node: unknown): void => {
    if (!isMap(node) && !isSeq(node)) return;
    node.items.forEach((item, index) => {
      out.push({ parent: node, index });
      walk(isPair(item) ? item.value : item);
    });
  };
  walk(doc.contents);
  return out;
}

function valueAt({ parent, index }: Slot): unknown {
  const item = parent.items[index];
  return isPair(item) ? item.value : item;
}

function setValue({ parent, index }: Slot, node: unknown): void {
  const item = parent.items[index];
  if (isPair(item)) item.value = node;
  else (parent.items as unknown[])[index] = node;
}

function splice(s: string, offset: number, insert: string, remove = 0): string {
  const at = offset % (s.length + 1);
  return s.slice(0, at) + insert + s.slice(at + remove);
}

/** Applies a structural edit; edits that do not fit the chosen node change nothing. */
export function applyDocEdit(doc: Document, edit: DocEdit): void {
  const all = slots(doc);
  if (all.length === 0) return;
  const slot = all[edit.at % all.length]!;
  const item = slot.parent.items[slot.index];
  const value = valueAt(slot);
  switch (edit.kind) {
    case 'delete':
      slot.parent.items.splice(slot.index, 1);
      return;
    case 'duplicate':
      (slot.parent.items as unknown[]).splice(slot.index, 0, (item as Node).clone());
      return;
    case 'flow':
      if (isCollection(value)) value.flow = !value.flow;
      return;
    case 'retype':
      setValue(slot, doc.createNode(edit.value));
      return;
    case 'insert-text': {
      const target = edit.inKey && isPair(item) ? item.key : value;
      if (isScalar(target)) target.value = splice(String(target.value), edit.offset, edit.text);
      return;
    }
    case 'rename':
      if (isPair(item)) item.key = doc.createNode(edit.key);
      return;
    case 'typo':
      if (isPair(item) && isScalar(item.key)) {
        const key = String(item.key.value);
        item.key = doc.createNode(key.length > 1 ? splice(key, edit.offset, '', 1) : key + key);
      }
      return;
    case 'alias': {
      // An alias must come after its anchor; aliasing an ancestor makes a recursive structure, which is worth trying too.
      const from = edit.from % all.length;
      const to = edit.at % all.length;
      const source = valueAt(all[Math.min(from, to)]!);
      if (from !== to && (isScalar(source) || isCollection(source))) setValue(all[Math.max(from, to)]!, doc.createAlias(source));
      return;
    }
    case 'tag':
      if (isScalar(value) || isCollection(value)) value.tag = edit.tag;
      return;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Byte-level mutations of the text

export type TextEdit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate-line' | 'truncate'; at: number }
  | { kind: 'swap-lines'; at: number; other: number }
  | { kind: 'indent'; at: number; by: number };

const YAML_FRAGMENTS = [
  '\t', '\r', '\n', '\r\n', ' ', '  ', '#', ': ', '- ', '&a ', '*a', '*a ', '!', '!!str ', '|', '>-', '"', "'", '{', '}', '[', ']', ',', '? ', '<<: *a',
  '---\n', '...\n', '%YAML 1.1\n', '%TAG ! tag:x,2000:\n', '\ufeff', '\u2028', '\u00a0', '\u200b', '\u0000', '\u0085',
  '# clearframe-disable-next-line schema -- fuzz\n', '# clearframe-disable-file turnaround-required -- fuzz\n', '# clearframe-disable-next-line no-such-rule\n',
  '# clearframe-disable-next-line\n', '  # clearframe-disable-next-line unused-disable, schema -- x\n',
];

export const textEdit: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: fc.oneof(fc.constantFrom(...YAML_FRAGMENTS), trickyString) }),
  fc.record({ kind: fc.constant('delete'), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constantFrom('duplicate-line', 'truncate'), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines'), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('indent'), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
) as fc.Arbitrary<TextEdit>;

export function applyTextEdit(text: string, edit: TextEdit): string {
  const lines = text.split('\n');
  const line = edit.at % lines.length;
  switch (edit.kind) {
    case 'insert':
      return splice(text, edit.at, edit.text);
    case 'delete':
      return splice(text, edit.at, '', edit.length);
    case 'truncate':
      return text.slice(0, edit.at % (text.length + 1));
    case 'duplicate-line':
      lines.splice(line, 0, lines[line]!);
      return lines.join('\n');
    case 'swap-lines': {
      const other = edit.other % lines.length;
      [lines[line], lines[other]] = [lines[other]!, lines[line]!];
      return lines.join('\n');
    }
    case 'indent':
      lines[line] = edit.by >= 0 ? ' '.repeat(edit.by) + lines[line] : lines[line]!.replace(new RegExp(`^ {0,${-edit.by}}`), '');
      return lines.join('\n');
  }
}

/** The text after the edits; unchanged when an edit leaves the document unprintable (an alias whose anchor was deleted). */
export function applyDocEdits(text: string, edits: readonly DocEdit[]): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return text;
  for (const edit of edits) applyDocEdit(doc, edit);
  try {
    return doc.toString();
  } catch {
    return text;
  }
}

/** A project with one file changed: structural edits through the Document API, then optional edits of the text. */
export function mutatedProject(base: fc.Arbitrary<Project>, options: { textEdits: boolean }): fc.Arbitrary<Project> {
  return fc
    .record({ project: base, file: fc.nat(), docEdits: fc.array(docEdit, { maxLength: 4 }), textEdits: fc.array(textEdit, { maxLength: options.textEdits ? 3 : 0 }) })
    .map(({ project, file, docEdits, textEdits }) => {
      const paths = Object.keys(project);
      const path = paths[file % paths.length]!;
      return { ...project, [path]: textEdits.reduce(applyTextEdit, applyDocEdits(project[path]!, docEdits)) };
    });
}

/** Random YAML: JSON-like values (often policy-shaped), written with random stringify options. */
export const randomYaml: fc.Arbitrary<string> = fc
  .record({
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.dictionary(fc.constantFrom(...fieldNames, 'apiVersion', 'kind'), anyValue, { maxKeys: 6 }),
      fc.record({ apiVersion: fc.constantFrom('clearframe/v1', 'clearframe/v2', 1), kind: fc.constantFrom('CommunicationPolicy', 'ClinicDefaults', 'Other'), metadata: anyValue, spec: anyValue }, { requiredKeys: [] }),
    ),
    indent: fc.integer({ min: 1, max: 8 }),
    flow: fc.boolean(),
    lineWidth: fc.constantFrom(0, 20, 80),
  })
  .map(({ value, indent, flow, lineWidth }) => {
    const doc = new Document(value);
    if (flow && isCollection(doc.contents)) doc.contents.flow = true;
    return doc.toString({ indent, lineWidth });
  });

/** Bytes that mean something to a decoder: NUL, a byte-order mark, a truncated or overlong sequence, a lone surrogate, CR. */
const SPECIAL_BYTES = [[0x00], [0xef, 0xbb, 0xbf], [0xc3], [0xe2, 0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff, 0xfe], [0x0d], [0xf4, 0x90, 0x80, 0x80]].map((b) => Uint8Array.from(b));

/** Random bytes, and seed files (as written, or first mutated as text) with bytes flipped, inserted or cut out. */
export const randomBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 2048 }),
  fc
    .record({
      seed: fc.oneof(fc.constantFrom(...seedTexts), mutatedProject(fc.constantFrom(...seedProjects), { textEdits: true }).map((p) => Object.values(p).join('\n'))),
      edits: fc.array(
        fc.record({
          at: fc.nat(),
          bytes: fc.oneof(fc.uint8Array({ minLength: 0, maxLength: 4 }), fc.constantFrom(...SPECIAL_BYTES), trickyString.map((s) => new TextEncoder().encode(s))),
          cut: fc.nat({ max: 8 }),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    })
    .map(({ seed, edits }) => {
      let bytes = new TextEncoder().encode(seed);
      for (const { at, bytes: insert, cut } of edits) {
        const i = at % (bytes.length + 1);
        bytes = Uint8Array.from([...bytes.subarray(0, i), ...insert, ...bytes.subarray(i + cut)]);
      }
      return bytes;
    }),
);

// ---------------------------------------------------------------------------------------------------------------
// Formatting-only changes

export interface Formatting {
  seed: number;
  indent: number;
  indentSeq: boolean;
  lineWidth: number;
  flowCollectionPadding: boolean;
  /** Share of collections switched to flow style, and of flow collections switched back to block style. */
  toFlow: number;
  toBlock: number;
  shuffleKeys: boolean;
  restyleStrings: boolean;
}

export const formatting: fc.Arbitrary<Formatting> = fc.record({
  seed: fc.integer(),
  indent: fc.integer({ min: 1, max: 8 }),
  indentSeq: fc.boolean(),
  // Narrower widths make the yaml library's line folding corrupt strings (yaml 2.9: stray newlines, "undefined").
  lineWidth: fc.constantFrom(0, 80, 120, 200),
  flowCollectionPadding: fc.boolean(),
  toFlow: fc.double({ min: 0, max: 1, noNaN: true }),
  toBlock: fc.double({ min: 0, max: 1, noNaN: true }),
  shuffleKeys: fc.boolean(),
  restyleStrings: fc.boolean(),
});

/** A small deterministic PRNG (mulberry32), so one fast-check seed drives every choice of a formatting. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRING_STYLES = ['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;

/**
 * The yaml library cannot write every string in every style: block scalars lose whitespace-only text and mangle text
 * that needs an indentation indicator. Block styles are tried on prose only.
 */
function keepsValue(value: string, style: (typeof STRING_STYLES)[number]): boolean {
  if (style.startsWith('BLOCK') && !/^[\w(][\w .,;:'"()&@/+-]*$/.test(value)) return false;
  const probe = new Document({ key: value });
  (probe.get('key', true) as Scalar).type = style;
  return parseDocument(probe.toString()).get('key') === value;
}

/**
 * True when `reformat` can rewrite the text: YAML without errors and without explicit tags (the yaml library writes a
 * tagged node through its tag, so `!!bool clearframe/v1` would come back as `true`).
 */
export function formattable(text: string): boolean {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return false;
  let tagged = false;
  visit(doc, { Node: (_, node) => void (tagged ||= Boolean((node as Node).tag)) });
  return !tagged;
}

/**
 * Rewrites YAML without changing what it means: indentation, key order, flow ↔ block collections, string quoting
 * and line folding. Comments stay attached to their nodes.
 */
export function reformat(text: string, f: Formatting): string {
  const doc = parseDocument(text);
  const next = random(f.seed);
  // With aliases, key order is not formatting: an alias must follow its anchor.
  let aliases = false;
  visit(doc, { Alias: () => void (aliases = true) });
  const shuffleKeys = f.shuffleKeys && !aliases;
  const walk = (node: unknown): void => {
    if (isScalar(node)) {
      if (f.restyleStrings && typeof node.value === 'string') {
        const style = STRING_STYLES[Math.floor(next() * STRING_STYLES.length)]!;
        if (keepsValue(node.value, style)) node.type = style;
      }
      return;
    }
    if (!isMap(node) && !isSeq(node)) return;
    // Empty collections stay as written: `[]` and `{}` have no block form.
    if (node.items.length > 0 && (node.flow ? next() < f.toBlock : next() < f.toFlow)) node.flow = !node.flow;
    if (isMap(node) && shuffleKeys) {
      for (let i = node.items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [node.items[i], node.items[j]] = [node.items[j]!, node.items[i]!];
      }
    }
    for (const item of node.items) walk(isPair(item) ? item.value : item);
  };
  walk(doc.contents);
  return doc.toString({ indent: f.indent, indentSeq: f.indentSeq, lineWidth: f.lineWidth, flowCollectionPadding: f.flowCollectionPadding });
}
