import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import {
  loadPolicySource,
  locate,
  MAX_FILE_BYTES,
  resolveExtends,
  pointerSegments,
  toPointer,
  type EffectivePolicy,
  type Origin,
  type ParsedFile,
  type PolicyDocument,
  type Problem,
} from '@clearframe/schema';
import { defaultConfig, settingsResolver, type ResolvedConfig, type RuleSetting } from './config.js';
import { applyDirectives, LOCKED, parseDirectives, type Directive } from './disable.js';
import { guardPolicy, type InvalidFields } from './guard.js';
import { clinicFromPath } from './layout.js';
import { rules } from './rules/index.js';
import { optionDefaults, renderMessage } from './rule.js';
import type { FileFinding, FileSuppressed, LintMessage, MessageData, LintResult, LintedPolicy, ProjectLint, ProjectPolicy, Severity, SuppressedMessage } from './types.js';
import { detach } from './detach.js';

/** A file's bytes; `undefined` when it does not exist; `{ tooLarge }` (its size) when it is over the limit and was not read. */
export type ReadResult = Uint8Array | string | undefined | { tooLarge: number };
/** Reads a file. Throws FileReadError when it exists but cannot be read. */
export type Reader = (path: string) => Promise<ReadResult>;

export interface LintOptions {
  config?: ResolvedConfig;
  /** Lint date (YYYY-MM-DD) for date rules; default today in UTC. */
  today?: string;
  /** Result paths are relative to this directory. */
  cwd?: string;
  /** `extends` targets must stay inside this directory; default: the config's directory, else cwd. */
  root?: string;
  reader?: Reader;
  /**
   * Rules a config cannot turn off or lower below error and a disable comment cannot silence (the publishing floor).
   * Empty by default: CI lints exactly as configured.
   */
  floor?: ReadonlySet<string>;
  /** Deep-freezes each effective policy before its rules run, so a rule that writes to it throws (the rule tester sets it). */
  freeze?: boolean;
}

/** The fields cross-file rules (checkProject) may report on. */
const PROJECT_POINTERS = ['/metadata', '/metadata/id', '/metadata/clinic'];

/** The publishing floor of the format (policy-format.md, "Publishing floor"). */
export const DEFAULT_FLOOR: readonly string[] = ['schema', 'turnaround-required', 'crisis-route-required', 'crisis-route-actionable', 'friending-confidentiality', 'placeholder-text'];

/** A file that exists but cannot be read: the CLI exits 2. */
export class FileReadError extends Error {
  override name = 'FileReadError';
}

const knownRuleIds = new Set(rules.keys());

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Reads from disk; files over the size limit are not read at all.
 * Synchronous reads on purpose: policy files are small, and fs.promises would cost several
 * thread-pool round trips per file (stat, open, fstat, read, close) that leave the CPU idle.
 */
export const diskReader: Reader = async (path) => {
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new FileReadError(`${path} is a directory`);
    if (info.size > MAX_FILE_BYTES) return { tooLarge: info.size };
    return readFileSync(path);
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new FileReadError(`cannot read ${path}: ${code ?? String(error)}`);
  }
};

interface FileState {
  path: string;
  filePath: string;
  messages: LintMessage[];
  directives: Directive[];
}

interface Loaded {
  file?: ParsedFile;
  problems: Problem[];
}

/** A policy as the run goes: its findings are collected as messages of the files they are reported under. */
interface PolicyRun {
  /** The effective document; the parsed files themselves are not kept (they are many times its size). */
  document: PolicyDocument;
  path: string;
  /** Paths of the policy file and of the ClinicDefaults files it extends. */
  chain: string[];
  findings: { state: FileState; message: LintMessage }[];
}

/**
 * Lints files (absolute paths, or paths relative to `cwd`) as one project in one pass: `extends` is resolved, rules run
 * on every document that parsed, cross-file rules see every policy, and a finding on an inherited field is reported once
 * under the file that holds it. Returns the per-file results and, per policy, its effective document and findings.
 */
export function lintProject(paths: readonly string[], options: LintOptions = {}): Promise<ProjectLint> {
  return lintRun(paths, options, true);
}

/** Lints files as one project and returns the per-file results (what `clearframe lint` prints). */
export async function lintFiles(paths: readonly string[], options: LintOptions = {}): Promise<LintResult[]> {
  // Without the policies, each parsed policy can be dropped as soon as its rules have run.
  return (await lintRun(paths, options, false)).results;
}

async function lintRun(paths: readonly string[], options: LintOptions, keepPolicies: boolean): Promise<ProjectLint> {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? defaultConfig(cwd);
  const root = options.root ?? config.baseDir;
  const today = options.today ?? todayUtc();
  const read = options.reader ?? diskReader;
  const floor = options.floor ?? new Set<string>();
  const rulesFor = withFloor(settingsResolver(config), floor);
  const locked = new Map(LOCKED);
  for (const id of floor) if (!locked.has(id)) locked.set(id, 'cannot be disabled for publishing: it is part of the publishing floor');
  const states = new Map<string, FileState>();
  const seenMessages = new Map<string, LintMessage>();
  // Cross-file rules report on metadata fields only: their positions are kept, not the parsed file (10,000 of them would
  // keep every file of the run alive until the end).
  const projectPolicies: (ProjectPolicy & { path: string; positions: Map<string, { line: number; column: number }> })[] = [];
  const runs: PolicyRun[] = [];

  // Parsed files stay cached only while something may extend them (ClinicDefaults); policies are dropped after use.
  const defaultsCache = new Map<string, Loaded | undefined>();
  const loadFile = async (path: string): Promise<Loaded | undefined> => {
    const bytes = await read(path);
    if (bytes === undefined) return undefined;
    if (typeof bytes === 'object' && 'tooLarge' in bytes) {
      return { problems: [{ line: 1, column: 1, pointer: '', message: `file is ${(bytes.tooLarge / 1048576).toFixed(1)} MB; policy files are limited to ${MAX_FILE_BYTES / 1048576} MB` }] };
    }
    return loadPolicySource(path, bytes);
  };
  const loadDefaults = async (path: string) => {
    if (!options.reader) assertInsideOnDisk(path, root, cwd);
    if (!defaultsCache.has(path)) defaultsCache.set(path, await loadFile(path));
    return defaultsCache.get(path);
  };

  const stateOf = (path: string, file?: ParsedFile, text?: string): FileState => {
    let state = states.get(path);
    if (!state) {
      state = { path, filePath: display(path, cwd), messages: [], directives: text === undefined ? [] : parseDirectives(text, file) };
      states.set(path, state);
    }
    return state;
  };
  /** Adds a message to a file once; returns the stored message (the earlier one when it was already there). */
  const add = (state: FileState, message: LintMessage): LintMessage => {
    const key = `${state.filePath}\u0000${message.ruleId}\u0000${message.line}:${message.column}\u0000${message.message}`;
    const seen = seenMessages.get(key);
    if (seen) return seen;
    const stored = { ...message, message: detach(message.message), path: detach(message.path) };
    seenMessages.set(key, stored);
    state.messages.push(stored);
    return stored;
  };
  const reportIn = (state: FileState, file: ParsedFile, ruleId: string, severity: Severity, pointer: string, messageId: string, data?: MessageData) =>
    reportAt(state, locate(file, pointer), ruleId, severity, pointer, messageId, data);
  const reportAt = (state: FileState, { line, column }: { line: number; column: number }, ruleId: string, severity: Severity, pointer: string, messageId: string, data?: MessageData) => {
    const message = renderMessage(rules.get(ruleId)!.meta, messageId, data);
    return add(state, { ruleId, severity, message, line, column, path: pointer, messageId });
  };

  for (const input of paths) {
    const path = resolve(cwd, input);
    const settings = rulesFor(path);
    const loaded = defaultsCache.get(path) ?? (await loadFile(path));
    if (!loaded) throw new FileReadError(`no such file: ${display(path, cwd)}`);
    const state = stateOf(path, loaded.file, loaded.file?.text);
    const schema = settings.get('schema')!;
    for (const p of loaded.problems) add(state, at('schema', schema.severity, p, p.pointer));
    const file = loaded.file;
    if (!file) continue;
    for (const [id, setting] of settings) {
      rules.get(id)!.checkFile?.({ file, report: (pointer, messageId, data) => void reportIn(state, file, id, setting.severity, pointer, messageId, data) });
    }
    const invalidAt = new Set(loaded.problems.map((p) => p.pointer));
    const document = file.value as PolicyDocument | null;
    if (document === null || typeof document !== 'object' || Array.isArray(document) || invalidAt.has('/kind')) continue;
    if (document.kind === 'ClinicDefaults') {
      defaultsCache.set(path, loaded);
      continue;
    }
    // An invalid `extends` leaves the effective policy unknown: its schema finding stands alone.
    if (document.kind !== 'CommunicationPolicy' || invalidAt.has('/extends')) continue;
    const resolved = await resolveExtends(file, { load: loadDefaults, root, display: (p) => display(p, cwd) });
    if (!resolved.policy) {
      for (const p of resolved.problems) add(state, at('schema', schema.severity, p, p.pointer));
      continue;
    }
    const policy = resolved.policy;
    const id = document.metadata?.id;
    if (typeof id === 'string' && !invalidAt.has('/metadata/id') && !invalidAt.has('/metadata')) {
      const clinic = detach(typeof document.metadata.clinic === 'string' ? document.metadata.clinic : clinicFromPath(relative(root, path).split(sep).join('/')));
      const positions = new Map(PROJECT_POINTERS.map((pointer) => [pointer, locate(file, pointer)]));
      projectPolicies.push({ path, positions, filePath: state.filePath, clinic, id: detach(id) });
    }
    const invalid = new Map<ParsedFile, readonly Problem[]>([[file, loaded.problems]]);
    if (options.freeze && loaded.problems.length === 0) deepFreeze(policy.value);
    // A structured clone owns its strings (the parsed values are slices that would keep each file's text alive) and,
    // unlike a JSON copy, survives an alias that makes the document circular.
    const owned = keepPolicies ? structuredClone(policy.value) : policy.value;
    const run: PolicyRun = { document: owned, path, chain: [policy.file, ...policy.chain].map((f) => f.path), findings: [] };
    if (keepPolicies) runs.push(run);
    runPolicyRules(policy, invalid, settings, today, (origin, message) => {
      const owner = stateOf(origin.path, origin, origin.text);
      const stored = add(owner, message);
      if (keepPolicies) run.findings.push({ state: owner, message: stored });
    });
  }

  for (const [id, rule] of rules) {
    if (!rule.checkProject) continue;
    rule.checkProject({
      policies: projectPolicies,
      report(policy, pointer, messageId, data) {
        const entry = policy as (typeof projectPolicies)[number];
        const setting = rulesFor(entry.path).get(id);
        const at = entry.positions.get(pointer) ?? entry.positions.get('/metadata')!;
        if (setting) reportAt(states.get(entry.path)!, at, id, setting.severity, pointer, messageId, data);
      },
    });
  }

  const outcome = new Map<LintMessage, SuppressedMessage | undefined>();
  const results = [...states.values()].map((state) => finish(state, rulesFor(state.path), locked, outcome));
  return { results, policies: runs.map((run) => lintedPolicy(run, outcome, cwd)) };
}

type SourceOptions = Omit<LintOptions, 'reader' | 'cwd' | 'root'>;

/** Lints in-memory sources as one project (used by the API). Paths are POSIX, relative to the project root. */
export async function lintSourcesProject(sources: readonly { path: string; source: string }[], options: SourceOptions = {}): Promise<ProjectLint> {
  const byPath = new Map(sources.map((s) => [posix.join('/', s.path), s.source]));
  return lintProject([...byPath.keys()], {
    ...options,
    config: options.config ?? defaultConfig('/'),
    cwd: '/',
    root: '/',
    reader: async (path) => byPath.get(path),
  });
}

/** `lintSourcesProject`, per-file results only. */
export async function lintSources(sources: readonly { path: string; source: string }[], options: SourceOptions = {}): Promise<LintResult[]> {
  return (await lintSourcesProject(sources, options)).results;
}

/** Applies the floor to the settings of each file: a floor rule is always on, at error. */
function withFloor(resolve: (path: string) => ReadonlyMap<string, RuleSetting>, floor: ReadonlySet<string>): (path: string) => ReadonlyMap<string, RuleSetting> {
  if (floor.size === 0) return resolve;
  const raised = new Map<ReadonlyMap<string, RuleSetting>, ReadonlyMap<string, RuleSetting>>();
  return (path) => {
    const settings = resolve(path);
    let out = raised.get(settings);
    if (!out) {
      const copy = new Map(settings);
      for (const id of floor) {
        const rule = rules.get(id);
        if (!rule) continue;
        copy.set(id, { severity: 'error', options: settings.get(id)?.options ?? optionDefaults(rule.meta) });
      }
      raised.set(settings, (out = copy));
    }
    return out;
  };
}

/** `extends` stays inside the root on disk too: a symbolic link on the way may not lead out of it. */
function assertInsideOnDisk(path: string, root: string, cwd: string): void {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return p;
    }
  };
  const target = real(path);
  const inside = relative(real(root), target);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new FileReadError(`${display(path, cwd)} leads outside the repository through a symbolic link (to ${target})`);
  }
}

/**
 * Runs the policy rules on one effective policy. When a file of its chain failed the schema, each rule sees a guarded
 * view (unknown keys hidden, invalid fields unreadable) and a rule that read an invalid field reports nothing.
 */
function runPolicyRules(
  policy: EffectivePolicy,
  invalid: InvalidFields,
  settings: ReadonlyMap<string, RuleSetting>,
  today: string,
  emit: (file: ParsedFile, message: LintMessage) => void,
): void {
  const hasProblems = [...invalid.values()].some((problems) => problems.length > 0);
  const guard = hasProblems ? guardPolicy(policy, invalid) : undefined;
  const value = guard?.value ?? policy.value;
  for (const [id, setting] of settings) {
    const rule = rules.get(id)!;
    if (!rule.check) continue;
    guard?.reset();
    const found: LintMessage[] = [];
    try {
      const spec = value.spec;
      rule.check({
        policy: value,
        spec: spec !== null && typeof spec === 'object' ? spec : {},
        options: setting.options,
        today,
        report(path, messageId, data) {
          found.push({ ruleId: id, severity: setting.severity, message: renderMessage(rule.meta, messageId, data), line: 0, column: 0, path, messageId });
        },
      });
    } catch (error) {
      // A rule that stumbled over a value the schema already rejected has nothing to add.
      if (guard?.touched && !rule.meta.fieldLocal) continue;
      throw error;
    }
    if (guard?.touched && !rule.meta.fieldLocal) continue;
    for (const message of found) {
      const origin = placeOf(policy, message.path);
      const location = locate(origin.file, origin.pointer);
      emit(origin.file, { ...message, line: location.line, column: location.column });
    }
  }
}

/**
 * Where a finding goes: a present field is reported where it is written (a ClinicDefaults file for an inherited one);
 * a missing field is reported in the policy file, at the nearest ancestor the policy itself writes (else `spec:`, else 1:1).
 */
function placeOf(policy: EffectivePolicy, path: string): Origin {
  const segments = pointerSegments(path);
  let node: unknown = policy.value;
  let depth = 0;
  for (const segment of segments) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) break;
    node = (node as Record<string, unknown>)[segment];
    depth++;
  }
  if (depth === segments.length) return policy.origin(path);
  for (let d = depth; d >= 0; d--) {
    const origin = policy.origin(toPointer(segments.slice(0, d)));
    if (origin.file === policy.file) return origin;
  }
  return { file: policy.file, pointer: '' };
}

function at(ruleId: string, severity: Severity, position: { line: number; column: number; message: string }, path: string): LintMessage {
  return { ruleId, severity, message: position.message, line: position.line, column: position.column, path };
}

/** Applies the file's disable comments; records in `outcome` what became of each message (suppressed, or kept). */
function finish(state: FileState, settings: ReadonlyMap<string, RuleSetting>, locked: ReadonlyMap<string, string>, outcome: Map<LintMessage, SuppressedMessage | undefined>): LintResult {
  const applied = applyDirectives(state.messages, state.directives, knownRuleIds, locked);
  for (const message of state.messages) outcome.set(message, applied.suppressedFrom.get(message));
  const directiveMessages = applied.directiveMessages.flatMap((m) => {
    const setting = settings.get(m.ruleId);
    return setting ? [{ ...m, severity: setting.severity }] : [];
  });
  const messages = [...applied.messages, ...directiveMessages].sort(byPosition);
  return { filePath: state.filePath, messages, suppressedMessages: applied.suppressed.sort(byPosition) };
}

function lintedPolicy(run: PolicyRun, outcome: ReadonlyMap<LintMessage, SuppressedMessage | undefined>, cwd: string): LintedPolicy {
  const messages: FileFinding[] = [];
  const suppressedMessages: FileSuppressed[] = [];
  for (const { state, message } of run.findings) {
    const suppressed = outcome.get(message);
    if (suppressed) suppressedMessages.push({ ...suppressed, filePath: state.filePath });
    else messages.push({ ...message, filePath: state.filePath });
  }
  const order = (a: FileFinding, b: FileFinding) => (a.filePath === b.filePath ? byPosition(a, b) : a.filePath < b.filePath ? -1 : 1);
  return {
    filePath: display(run.path, cwd),
    document: run.document,
    files: run.chain.map((path) => display(path, cwd)),
    messages: messages.sort(order),
    suppressedMessages: suppressedMessages.sort(order),
  };
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

function display(path: string, cwd: string): string {
  const shown = relative(cwd, path).split(sep).join('/');
  return shown === '' ? path : shown;
}
